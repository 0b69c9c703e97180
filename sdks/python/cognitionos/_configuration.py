# Generated from generators/python/runtime/_configuration.py by generators/python. Do not edit: change it there.
"""Connection settings of a client: TLS verification, client certificates, a proxy, the pool size.

The same attribute names as the Configuration openapi-generator's low-level client had (which the
package no longer ships), so code that set them keeps working with `cognitionos.Configuration`.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass, field
from typing import Any, Dict, Mapping, Optional

import urllib3


@dataclass
class Configuration:
    """`CognitionOSClient(configuration=Configuration(ssl_ca_cert="ca.pem", proxy="http://proxy:3128"))`."""

    verify_ssl: bool = True
    """Verify the server's certificate (switch off only against a test server)."""
    ssl_ca_cert: Optional[str] = None
    """A CA bundle file to verify the server with, instead of the system's."""
    cert_file: Optional[str] = None
    """A client certificate file, for mutual TLS."""
    key_file: Optional[str] = None
    """The client certificate's private key file."""
    assert_hostname: Optional[str] = None
    """The host name the certificate must name, when it differs from the URL's."""
    tls_server_name: Optional[str] = None
    """The SNI name sent in the TLS handshake."""
    proxy: Optional[str] = None
    """An http://, https:// or socks5:// proxy URL (socks needs urllib3[socks])."""
    proxy_headers: Mapping[str, str] = field(default_factory=dict)
    """Headers sent to the proxy (Proxy-Authorization)."""
    connection_pool_maxsize: Optional[int] = None
    """Connections kept open per host (urllib3's default: 1 for the sync client)."""

    def pool_manager(self) -> urllib3.PoolManager:
        """The sync client's pooled keep-alive connections with these settings; urllib3's own
        retries are off, as the client retries with its own policy."""
        pool: Dict[str, Any] = {
            "cert_reqs": ssl.CERT_REQUIRED if self.verify_ssl else ssl.CERT_NONE,
            "ca_certs": self.ssl_ca_cert,
            "cert_file": self.cert_file,
            "key_file": self.key_file,
            "retries": False,
        }
        if self.assert_hostname is not None:
            pool["assert_hostname"] = self.assert_hostname
        if self.tls_server_name:
            pool["server_hostname"] = self.tls_server_name
        if self.connection_pool_maxsize is not None:
            pool["maxsize"] = self.connection_pool_maxsize
        if not self.proxy:
            return urllib3.PoolManager(**pool)
        if self.proxy.startswith(("socks4", "socks5")):
            from urllib3.contrib.socks import SOCKSProxyManager

            return SOCKSProxyManager(self.proxy, headers=dict(self.proxy_headers), **pool)
        return urllib3.ProxyManager(self.proxy, proxy_headers=dict(self.proxy_headers), **pool)
