// bench/sdk-java: GET one tenant through the Java SDK against raw java.net.http + Jackson, same
// server, keep-alive. The measuring runs in Java (Measure.java, on the SDK's compiled classes); this
// builds them, starts the server and writes the figures.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../test/support/server.ts';
import { writeBenchSection } from '../readme.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const TARGET = 0.9;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// The SDK's classes and its runtime class path (Jackson), resolved offline after the first run.
execFileSync('bash', ['scripts/mvn.sh', '-q', '-f', 'sdks/java/pom.xml', 'compile', 'dependency:build-classpath', '-Dmdep.outputFile=target/classpath.txt', '-Dmdep.includeScope=runtime'], { cwd: root, stdio: 'inherit' });
const classPath = `${root}sdks/java/target/classes:${readFileSync(`${root}sdks/java/target/classpath.txt`, 'utf8').trim()}`;

// A rate limit far above what one client can send, so the bench measures the SDK, not the limiter.
const server = await startServer({ env: { COGNITIONOS_RATE_LIMIT: '100000000/60' } });
try {
  const output = execFileSync('java', ['-cp', classPath, 'bench/sdk-java/Measure.java', server.baseUrl, server.adminKey], { cwd: root, encoding: 'utf8' });
  const result = JSON.parse(output.trim().split('\n').at(-1)!);
  const raw = median(result.rounds.raw);
  const sdk = median(result.rounds.sdk);
  const ratio = (sdk / raw).toFixed(2);
  console.log(`java SDK vs raw java.net.http + Jackson, GET one tenant: raw ${Math.round(raw)} req/s, SDK ${Math.round(sdk)} req/s, ratio ${ratio} (target >= ${TARGET})`);
  writeBenchSection(
    'sdk-java',
    `## Java SDK vs raw java.net.http + Jackson (bench/sdk-java)

GET one tenant, one keep-alive connection, sequential calls, against the reference server on the same
2-core machine, Java ${result.java}; 4 s of warm-up per case, then ${result.rounds.raw.length} alternating rounds of 0.6 s (short, so load from other processes hits both alike), medians.
Raw = \`HttpClient.send\` + \`ObjectMapper.readTree\`; SDK = \`client.tenants().retrieve(id)\` (headers, retry loop,
error mapping, model). Target: ratio >= ${TARGET}.

| case | req/s (median) | rounds |
| --- | ---: | --- |
| raw java.net.http + Jackson | ${Math.round(raw)} | ${result.rounds.raw.map((r: number) => Math.round(r)).join(', ')} |
| SDK | ${Math.round(sdk)} | ${result.rounds.sdk.map((r: number) => Math.round(r)).join(', ')} |

Ratio SDK / raw: **${ratio}**`,
  );
} finally {
  await server.stop();
}
