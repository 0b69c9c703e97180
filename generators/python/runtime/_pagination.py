"""Cursor pages: `for item in client.tenants.list()` (or `async for` on the async client, no await
in front) walks every item of every page, one request per page, fetched lazily."""

from __future__ import annotations

from typing import Any, AsyncIterator, Awaitable, Callable, Generator, Generic, Iterator, List, Optional, TypeVar

T = TypeVar("T")


class Page(Generic[T]):
    """One page: its items (`data`), whether another follows, and the cursor to it."""

    def __init__(self, data: List[T], has_more: bool, next_cursor: Optional[str]) -> None:
        self.data = data
        self.has_more = has_more
        self.next_cursor = next_cursor

    def has_next_page(self) -> bool:
        """Whether another page follows this one."""
        return self.has_more and bool(self.next_cursor)

    def _cursor(self) -> str:
        if not self.next_cursor or not self.has_more:
            raise StopIteration("this is the last page")
        return self.next_cursor

    def __repr__(self) -> str:
        return f"{type(self).__name__}(items={len(self.data)}, has_more={self.has_more})"


class SyncPage(Page[T]):
    """A page of the sync client: iterating it yields every item of every page."""

    def __init__(self, data: List[T], has_more: bool, next_cursor: Optional[str], fetch: Callable[[str], "SyncPage[T]"]) -> None:
        super().__init__(data, has_more, next_cursor)
        self._fetch = fetch

    def next_page(self) -> "SyncPage[T]":
        """Fetches the page after this one (StopIteration on the last page)."""
        return self._fetch(self._cursor())

    def iter_pages(self) -> Iterator["SyncPage[T]"]:
        """This page, then each following one, fetched as the loop reaches it."""
        page = self
        yield page
        while page.has_next_page():
            page = page.next_page()
            yield page

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.data


class AsyncPage(Page[T]):
    """A page of the async client: `async for` over it yields every item of every page."""

    def __init__(
        self, data: List[T], has_more: bool, next_cursor: Optional[str], fetch: Callable[[str], Awaitable["AsyncPage[T]"]]
    ) -> None:
        super().__init__(data, has_more, next_cursor)
        self._fetch = fetch

    async def next_page(self) -> "AsyncPage[T]":
        """Fetches the page after this one (StopIteration on the last page)."""
        return await self._fetch(self._cursor())

    async def iter_pages(self) -> AsyncIterator["AsyncPage[T]"]:
        """This page, then each following one, fetched as the loop reaches it."""
        page = self
        yield page
        while page.has_next_page():
            page = await page.next_page()
            yield page

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item


class AsyncPaginator(Generic[T]):
    """What an async list method returns: `await` it for the first page, or `async for` over it for
    every item (as openai-python's AsyncPaginator). Nothing is sent until one of the two."""

    def __init__(self, first_page: Callable[[], Awaitable[AsyncPage[T]]]) -> None:
        self._first_page = first_page

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._first_page().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self._first_page()
        async for item in page:
            yield item
