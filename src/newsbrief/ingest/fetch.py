"""Fetching pages over HTTP(S) with the limits a tool fed by strangers' URLs needs.

URLs can come from someone else (a feed, later the HTTP service), so every hop is checked:
only ``http``/``https``, and the host must resolve to global addresses unless the user
allowed private ones. The check runs twice: before each request (for a clear message) and
again inside the connection itself (:class:`_GuardedBackend`), which connects to the very
address it checked, so a DNS answer that changes between the two (rebinding) cannot
sneak a private address in. Redirects are followed here, hop by hop, for the same reason.

httpx is imported lazily: the core install does not need it (it is in ``[html]``).
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import os
import re
import socket
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from ..errors import FetchError, MissingExtraError

if TYPE_CHECKING:
    import httpx

USER_AGENT = "newsbrief/0.1 (+https://pypi.org/project/newsbrief/; article summarizer)"

# Content types we can read; anything else (PDF, images, video, archives) is refused early.
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/xml",
    "text/xml",
    "application/rdf+xml",
)
_TEXT_TYPES = ("text/plain",)
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})

Resolver = Callable[[str, int], list[str]]


# What a refused private address tells the caller, in each of its callers' terms: the
# command line's flag and the Python argument (a Python caller was told "pass
# --allow-private", a flag it has no way to pass). A caller with neither (the service's
# client) sets ``FetchOptions.private_hint`` to its own words.
ALLOW_PRIVATE_HINT = (
    "to fetch from private, loopback or link-local hosts: --allow-private (command line), "
    "fetch=FetchOptions(allow_private=True) (Python: load_articles, summarize_batch)"
)


@dataclass(frozen=True)
class FetchOptions:
    """How URLs are fetched; the CLI flags map onto these fields one to one."""

    allow_private: bool = False
    use_cache: bool = True
    cache_dir: Path | None = None  # None: $NEWSBRIEF_CACHE_DIR, $XDG_CACHE_HOME/newsbrief, ~/.cache
    cache_max_age: float = 24 * 3600.0  # seconds a cached page is reused
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    retries: int = 2  # extra tries after a transient failure (5xx, 429, timeout)
    backoff: float = 0.5  # seconds before the first retry; doubles each time
    concurrency: int = 8
    user_agent: str = USER_AGENT
    max_feed_items: int = 50
    # the hint of a refused private address (see ALLOW_PRIVATE_HINT)
    private_hint: str = field(default=ALLOW_PRIVATE_HINT, compare=False)

    def resolved_cache_dir(self) -> Path:
        if self.cache_dir is not None:
            return Path(self.cache_dir)
        env = os.environ.get("NEWSBRIEF_CACHE_DIR")
        if env:
            return Path(env)
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        return Path(base) / "newsbrief"


@dataclass(frozen=True)
class Fetched:
    """A successful response: final URL after redirects, its body and how to read it."""

    url: str  # the URL that was asked for
    final_url: str
    content_type: str  # media type, lower case, no parameters
    charset: str | None
    body: bytes
    from_cache: bool = False
    private: bool = False  # some hop went to a non-global address (allowed by the user)

    @property
    def kind(self) -> str:
        """``html``, ``feed`` or ``text``, from the header, then from the bytes."""
        return sniff_kind(self.content_type, self.body)


_FEED_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<\?[^>]*>\s*)*"
    rb"<(?:rss|feed|rdf:rdf)\b",
    re.DOTALL | re.IGNORECASE,
)


def sniff_kind(content_type: str, body: bytes) -> str:
    """What a response holds; a document that starts as a feed is one whatever the header."""
    head = body[:2048]
    if _FEED_START.match(head):
        return "feed"
    if content_type in _FEED_TYPES:
        low = head.lower()
        return "html" if b"<html" in low or b"<!doctype html" in low else "feed"
    if content_type in _TEXT_TYPES:
        return "text"
    return "html"


def parse_content_type(value: str | None) -> tuple[str, str | None]:
    """``("text/html", "utf-8")`` from a Content-Type header; robust to junk."""
    if not value:
        return "", None
    parts = value.split(";")
    media = parts[0].strip().lower()
    charset = None
    for p in parts[1:]:
        key, _, val = p.partition("=")
        if key.strip().lower() == "charset":
            charset = val.strip().strip("\"'").lower() or None
    return media, charset


def _check_readable_type(media: str, body_head: bytes, where: str) -> None:
    if media in _HTML_TYPES or media in _FEED_TYPES or media in _TEXT_TYPES:
        if body_head.startswith(b"%PDF"):
            raise FetchError("not an HTML page (the body is a PDF)", where=where)
        return
    if media == "" or media == "application/octet-stream":
        if body_head.startswith(b"%PDF"):
            raise FetchError("not an HTML page (the body is a PDF)", where=where)
        if body_head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04")):
            raise FetchError("not an HTML page (binary content)", where=where)
        return
    raise FetchError(
        f"not an HTML page (content type {media})",
        where=where,
        hint="newsbrief reads HTML pages, RSS/Atom feeds and plain text",
    )


# --- address checks ---------------------------------------------------------------------


def default_resolver(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (IPv4 and IPv6)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def is_public_address(addr: str) -> bool:
    """True only for globally routable unicast addresses (no loopback, private, link-local...)."""
    try:
        ip = ipaddress.ip_address(addr.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return bool(ip.is_global) and not ip.is_multicast


def check_url(url: str, where: str) -> tuple[str, int]:
    """Refuse anything but ``http(s)://host``; return (host, port)."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise FetchError(f"malformed URL ({exc})", where=where) from exc
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(
            f"refused to follow a {scheme}: URL"
            if scheme
            else "refused to follow a relative link (no scheme)"
            + (f": {url}" if url != where else ""),
            where=where,
            hint="only http:// and https:// are fetched",
        )
    host = parts.hostname
    if not host:
        raise FetchError(f"URL has no host ({url})", where=where)
    return host, port or (443 if scheme == "https" else 80)


def resolve_checked(
    host: str,
    port: int,
    *,
    allow_private: bool,
    resolver: Resolver,
    where: str,
    hint: str = ALLOW_PRIVATE_HINT,
) -> tuple[list[str], bool]:
    """Addresses for ``host``; refuse non-global ones unless allowed. Returns (addrs, private)."""
    try:
        addrs = resolver(host, port)
    except (OSError, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host!r}", where=where) from exc
    if not addrs:
        raise FetchError(f"cannot resolve host {host!r}", where=where)
    bad = [a for a in addrs if not is_public_address(a)]
    if bad and not allow_private:
        raise FetchError(
            f"refused: {host} resolves to non-public address {bad[0]}",
            where=where,
            hint=hint,
        )
    return addrs, bool(bad)


def _guarded_transport(options: FetchOptions, resolver: Resolver) -> httpx.BaseTransport:
    """An httpx transport whose every TCP connect is to an address checked just before."""
    import httpcore
    import httpx

    class _GuardedBackend(httpcore.SyncBackend):
        def connect_tcp(
            self,
            host: str,
            port: int,
            timeout: float | None = None,
            local_address: str | None = None,
            socket_options: Any = None,
        ) -> httpcore.NetworkStream:
            addrs, _ = resolve_checked(
                host,
                port,
                allow_private=options.allow_private,
                resolver=resolver,
                where=host,
                hint=options.private_hint,
            )
            last: Exception | None = None
            for addr in addrs:
                try:
                    return super().connect_tcp(addr, port, timeout, local_address, socket_options)
                except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                    last = exc
            assert last is not None
            raise last

    transport = httpx.HTTPTransport()
    pool = getattr(transport, "_pool", None)
    if isinstance(pool, httpcore.ConnectionPool):
        transport._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(),
            max_connections=max(options.concurrency, 10),
            max_keepalive_connections=max(options.concurrency, 10),
            keepalive_expiry=5.0,
            network_backend=_GuardedBackend(),
        )
    return transport


# --- cache --------------------------------------------------------------------------------


class PageCache:
    """Responses on disk, one body file + one JSON meta file per URL; writes are atomic."""

    def __init__(self, root: Path, max_age: float):
        self.root = root
        self.max_age = max_age

    def _paths(self, url: str) -> tuple[Path, Path]:
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()
        d = self.root / "http" / key[:2]
        return d / f"{key}.body", d / f"{key}.json"

    def get(self, url: str, *, allow_private: bool) -> Fetched | None:
        body_path, meta_path = self._paths(url)
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            if time.time() - float(meta["time"]) > self.max_age:
                return None
            if meta.get("private") and not allow_private:
                return None  # fetched under --allow-private: do not leak it into a strict run
            body = body_path.read_bytes()
            if hashlib.sha256(body).hexdigest() != meta["sha256"]:
                return None
            return Fetched(
                url=url,
                final_url=str(meta["final_url"]),
                content_type=str(meta["content_type"]),
                charset=meta.get("charset"),
                body=body,
                from_cache=True,
                private=bool(meta.get("private")),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None  # missing or damaged entry: a miss, never an error

    def put(self, page: Fetched) -> None:
        body_path, meta_path = self._paths(page.url)
        meta = {
            "url": page.url,
            "final_url": page.final_url,
            "content_type": page.content_type,
            "charset": page.charset,
            "sha256": hashlib.sha256(page.body).hexdigest(),
            "time": time.time(),
            "private": page.private,
        }
        try:
            body_path.parent.mkdir(parents=True, exist_ok=True)
            suffix = f".{os.getpid()}.{threading.get_ident()}.tmp"
            tmp_body = body_path.with_name(body_path.name + suffix)
            tmp_meta = meta_path.with_name(meta_path.name + suffix)
            tmp_body.write_bytes(page.body)
            tmp_meta.write_text(json.dumps(meta), encoding="utf-8")
            os.replace(tmp_body, body_path)
            os.replace(tmp_meta, meta_path)
        except OSError:
            pass  # a read-only or full cache dir must not fail the run


# --- fetcher -------------------------------------------------------------------------------


@dataclass
class Fetcher:
    """Fetches URLs under :class:`FetchOptions`; ``client`` may be injected (tests, services).

    An injected client is used as is (its transport decides where bytes come from), but the
    per-hop URL and address checks still run, with ``resolver``.
    """

    options: FetchOptions = field(default_factory=FetchOptions)
    client: Any = None  # httpx.Client
    resolver: Resolver = default_resolver
    sleep: Callable[[float], None] = time.sleep
    _own_client: bool = False
    _cache: PageCache | None = None

    def __post_init__(self) -> None:
        try:
            import httpx
        except ImportError as exc:
            raise MissingExtraError("HTML input", "html") from exc
        if self.client is None:
            timeout = httpx.Timeout(
                self.options.read_timeout,
                connect=self.options.connect_timeout,
                pool=self.options.connect_timeout + self.options.read_timeout,
            )
            self.client = httpx.Client(
                transport=_guarded_transport(self.options, self.resolver),
                timeout=timeout,
                follow_redirects=False,
                trust_env=False,
            )
            self._own_client = True
        if self.options.use_cache:
            self._cache = PageCache(self.options.resolved_cache_dir(), self.options.cache_max_age)

    def close(self) -> None:
        if self._own_client:
            self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(self, url: str) -> Fetched:
        """The page at ``url`` (cache first), or a :class:`FetchError` saying why not."""
        check_url(url, url)
        if self._cache is not None:
            hit = self._cache.get(url, allow_private=self.options.allow_private)
            if hit is not None:
                return hit
        page = self._fetch_with_retries(url)
        if self._cache is not None:
            self._cache.put(page)
        return page

    def fetch_many(self, urls: Sequence[str]) -> list[Fetched | FetchError]:
        """Fetch concurrently; results in the order of ``urls``; errors returned, not raised."""

        def one(u: str) -> Fetched | FetchError:
            try:
                return self.fetch(u)
            except FetchError as exc:
                return exc

        unique = list(dict.fromkeys(urls))
        if len(unique) <= 1 or self.options.concurrency <= 1:
            done = {u: one(u) for u in unique}
        else:
            with ThreadPoolExecutor(max_workers=min(self.options.concurrency, len(unique))) as ex:
                done = dict(zip(unique, ex.map(one, unique), strict=True))
        return [done[u] for u in urls]

    def _fetch_with_retries(self, url: str) -> Fetched:
        delay = self.options.backoff
        for attempt in range(self.options.retries + 1):
            try:
                return self._follow(url)
            except _Transient as exc:
                if attempt == self.options.retries:
                    raise FetchError(
                        f"{exc.message} (gave up after {attempt + 1} tries)", where=url
                    ) from None
                self.sleep(delay)
                delay *= 2
        raise AssertionError("unreachable")

    def _follow(self, url: str) -> Fetched:
        import httpx

        current = url
        private = False
        for _hop in range(self.options.max_redirects + 1):
            try:
                host, port = check_url(current, url)
                _, hop_private = resolve_checked(
                    host,
                    port,
                    allow_private=self.options.allow_private,
                    resolver=self.resolver,
                    where=url,
                    hint=self.options.private_hint,
                )
            except FetchError as exc:
                if current == url:
                    raise
                raise FetchError(
                    f"redirected to {current}, {exc.message}", where=url, hint=exc.hint
                ) from None
            private = private or hop_private
            try:
                with self.client.stream(
                    "GET",
                    current,
                    headers={
                        "User-Agent": self.options.user_agent,
                        "Accept": "text/html,application/xhtml+xml,application/rss+xml,"
                        "application/atom+xml,application/xml;q=0.9,*/*;q=0.5",
                    },
                ) as resp:
                    status = resp.status_code
                    if status in (301, 302, 303, 307, 308):
                        location = resp.headers.get("location")
                        if not location:
                            raise FetchError(f"HTTP {status} without a Location", where=url)
                        current = urljoin(current, location.strip())
                        continue
                    if status in _RETRY_STATUS:
                        raise _Transient(f"HTTP {status} {resp.reason_phrase}".rstrip())
                    if status >= 400 or status < 200:
                        raise FetchError(f"HTTP {status} {resp.reason_phrase}".rstrip(), where=url)
                    media, charset = parse_content_type(resp.headers.get("content-type"))
                    body = self._read_capped(resp, url)
                    _check_readable_type(media, body[:16], url)
                    return Fetched(url, str(resp.url), media, charset, body, private=private)
            except httpx.TimeoutException:
                raise _Transient("timed out") from None
            except httpx.TransportError as exc:
                cause = exc.__context__ or exc.__cause__
                if isinstance(cause, FetchError):  # refused inside the guarded connect
                    raise FetchError(cause.message, where=url, hint=cause.hint) from None
                raise _Transient(f"connection failed ({type(exc).__name__})") from None
            except FetchError as exc:
                if exc.where != url:
                    raise FetchError(exc.message, where=url, hint=exc.hint) from None
                raise
        raise FetchError(f"more than {self.options.max_redirects} redirects", where=url)

    def _read_capped(self, resp: httpx.Response, url: str) -> bytes:
        cap = self.options.max_bytes
        declared = resp.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > cap:
            raise FetchError(f"page too large ({int(declared)} bytes, limit {cap})", where=url)
        chunks: list[bytes] = []
        size = 0
        for chunk in resp.iter_bytes():
            size += len(chunk)
            if size > cap:
                raise FetchError(f"page too large (over {cap} bytes)", where=url)
            chunks.append(chunk)
        return b"".join(chunks)


class _Transient(Exception):
    """A failure worth retrying (server error, timeout, reset connection)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


# --- decoding ----------------------------------------------------------------------------

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""")


def sniff_charset(body: bytes) -> str | None:
    """The charset a document declares in its first bytes (BOM, XML declaration, meta tag)."""
    if body.startswith(b"\xef\xbb\xbf"):
        return "utf-8"
    if body.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    head = body[:4096]
    m = _XML_ENCODING.match(head.lstrip()) or _META_CHARSET.search(head)
    return m.group(1).decode("ascii").lower() if m else None


def decode_body(body: bytes, header_charset: str | None, where: str) -> str:
    """Text of a page: declared charset if it decodes, else detected; refuse garbage.

    A page whose bytes fit no encoding is decoded with replacement characters only if
    they are rare; a page that is mostly undecodable is reported, not summarized.
    """
    tried: list[str] = []
    for cs in (header_charset, sniff_charset(body)):
        if cs and cs not in tried:
            tried.append(cs)
            try:
                return body.decode(cs)
            except (UnicodeDecodeError, LookupError):
                continue
    lenient = body.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    if bad == 0:
        return lenient
    if bad <= max(2, len(lenient) // 1000):
        return lenient  # a few stray bytes in a UTF-8 page: keep the page, mark the bytes
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(body[:200_000]).best()
    except ImportError:  # pragma: no cover - trafilatura depends on it
        best = None
    if best is not None and best.encoding and best.chaos < 0.2:
        try:
            return body.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            pass
    raise FetchError(
        f"broken text encoding ({bad} undecodable bytes)",
        where=where,
        hint="the page's bytes match no known character set",
    )
