"""Read every template under one guard: a wall-time and memory budget, any exception, and native crashes.

A damaged, hostile or gigantic file must cost one line in the report, never the run. Reading and layout
recognition of each file happen in a worker process with an address-space limit; the parent lets a file
use at most ``timeout`` seconds of the worker's processor time (wall time where that cannot be read), and
never more than ``WALL_FACTOR`` times as long on the clock. A worker that raises returns the error; a
worker that dies (a panic or an abort inside the native spreadsheet reader, the kernel's out-of-memory
killer) or overruns its time is replaced, and the file is reported with a reason a clerk understands.
The same pool reads files on all cores, so guarding costs little on a large folder: each worker is handed
a batch of files at a time and answers file by file, so the time limit stays per file while the parent and
workers do not wait on each other for every small template.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
import time
import traceback
import zipfile
import zlib
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from .errors import FormReadError

DEFAULT_TIMEOUT = 30.0
# A file is timed by the processor time its worker spends on it, so a small template read while the machine
# is busy with other jobs is not skipped as "too large" (a fresh venv's first worker, compiling modules
# beside a heavy job, once took 30 s of wall time on a 1 s file). The clock still bounds a worker that
# waits rather than works (a stalled network drive, a lock): this many times the budget.
WALL_FACTOR = 4.0
_CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
# Address space a worker may map beyond what it inherits (the CLI's parent has ~160 MB mapped when it forks:
# together the 640 MB the limit was before it was counted on top of the parent's).
DEFAULT_MEMORY_MB = 480
# Files handed to a worker at once: enough to keep it busy between the parent's turns, few enough that
# the last batches spread over all workers.
MAX_BATCH = 16
# A worker answers a batch at once (one message instead of sixteen: the parent's share of a scan was a
# third of its time), but no later than this after its last answer, so the progress bar keeps moving.
FLUSH_SECONDS = 0.2


@dataclass
class Outcome:
    """What reading one file gave: its result, or a clerk's reason and the technical detail."""

    index: int
    value: Any = None
    reason: str | None = None
    detail: str = ""
    code: str = "unreadable"


@dataclass
class _Worker:
    process: Any
    conn: Connection
    current: Any  # shared memory: the index of the file the worker is reading (-1 before the first)
    tasks: deque[int] = field(default_factory=deque)  # sent and not yet answered, in order
    seen: int = -1  # ``current`` as last read by the parent, and since when
    started: float = 0.0
    # The worker's processor time when the file had taken ``early`` seconds, and those seconds: read only for a
    # file that takes a while, so that the thousands of quick ones cost no look at /proc (a per cent of a scan).
    cpu_mark: tuple[float, float] | None = None

    def restart_watch(self, now: float) -> None:
        self.seen, self.started, self.cpu_mark = self.current.value, now, None

    def watch(self, now: float, early: float) -> tuple[float, float]:
        """Processor and clock seconds the worker has spent on its current file (as far as the parent has
        seen). Up to ``early`` seconds the clock's are counted as work; the clock's where the processor time
        cannot be read."""
        if self.current.value != self.seen:
            self.restart_watch(now)
        wall = now - self.started
        if wall <= early:
            return wall, wall
        cpu = _cpu_seconds(self.process.pid)
        if cpu is None:
            return wall, wall
        if self.cpu_mark is None:
            self.cpu_mark = (cpu, wall)
        return self.cpu_mark[1] + cpu - self.cpu_mark[0], wall

    def culprit(self) -> int:
        """The file a crash or a hang belongs to: the one the worker had begun."""
        return self.current.value if self.current.value in self.tasks else self.tasks[0]


def _cpu_seconds(pid: int | None) -> float | None:
    """Processor time (user and system) a process has used so far (Linux; None where it cannot be read)."""
    if pid is None:
        return None
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            fields = fh.read().rsplit(b")", 1)[1].split()  # the command name before ")" may hold spaces
        return (int(fields[11]) + int(fields[12])) / _CLOCK_TICKS
    except (OSError, ValueError, IndexError):
        return None


def clerk_reason(exc: BaseException) -> str:
    """A failure in words a clerk understands (the exception's own text goes to the log)."""
    if isinstance(exc, FormReadError):
        return exc.reason
    if isinstance(exc, MemoryError):
        return "文件过大，读取时超出内存限制，已跳过。"
    if isinstance(exc, zipfile.BadZipFile | zlib.error | EOFError):
        return "文件已损坏（压缩结构有误或不完整），请让报送单位重新发送。"
    if isinstance(exc, NotImplementedError):
        return "文件使用了不支持的压缩或加密方式，请用 Excel/WPS 重新另存后再扫描。"
    if isinstance(exc, RecursionError):
        return "文件内部结构嵌套过深（可能已损坏或被篡改），已跳过。"
    if isinstance(exc, UnicodeError):
        return "文件中有无法识别的文字编码，请另存为 UTF-8 或 .xlsx 后再扫描。"
    if isinstance(exc, PermissionError):
        return "没有读取该文件的权限。"
    if isinstance(exc, OSError):
        return "文件无法打开（可能正被占用或已损坏）。"
    return "文件内容已损坏或格式不正确，无法读取。"


def opening_reason(path: Any, exc: BaseException | None = None) -> str:
    """Why a workbook the tool reads back (a filled 一套表, a review workbook) cannot be opened, in the clerk's
    words: a password (an encrypted .xlsx is an OLE file openpyxl calls no zip) or the reason of the failure."""
    from .readers.safety import PASSWORD_REASON, encrypted_ole

    try:
        if encrypted_ole(path):
            return PASSWORD_REASON.replace("再重新扫描", "再重试")
        if os.path.getsize(path) == 0:
            return "文件是空的（0 字节）。"
    except OSError:
        pass
    # The tool's own workbook, kept by the clerk: no 报送单位 to ask for it again.
    reason = clerk_reason(exc) if exc is not None else "文件内容已损坏或格式不正确，无法读取。"
    # (and no scan to run again: the command that read it is what to try again)
    return reason.replace("请让报送单位重新发送。", "请检查文件是否完整，是否为 Excel 工作簿。").replace("再重新扫描", "再重试")


def _address_space() -> int:
    """Bytes of address space this process has mapped already (Linux; 0 where it cannot be read)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        return 0


def _limit_memory(megabytes: int) -> None:
    """Let the worker map at most ``megabytes`` more than the parent it was forked from had mapped: a
    limit on the whole address space would leave nothing to a worker forked from a large process (a
    long test run, a library caller holding a big scan), and every file would fail as 'too large'."""
    try:
        import resource

        limit = _address_space() + megabytes * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):  # not on this platform: the time limit still holds
        pass


def _quiet_native_output() -> None:
    """A panicking native reader writes its backtrace to stderr: the clerk gets our one line instead."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        os.close(devnull)
    except OSError:
        pass


def _serve(conn: Connection, job: Callable[[Any], Any], memory_mb: int, current: Any) -> None:
    _quiet_native_output()
    _limit_memory(memory_mb)
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        answers: list[tuple[int, bool, Any, str]] = []
        flushed = time.monotonic()
        for index, argument in message:
            current.value = index  # the parent's to read: which file a crash or a hang belongs to
            try:
                answers.append((index, True, job(argument), ""))
            except BaseException as exc:  # noqa: BLE001 - a native panic is a BaseException; report it, keep serving
                answers.append((index, False, clerk_reason(exc), "".join(traceback.format_exception(exc))[-4000:]))
            if time.monotonic() - flushed > FLUSH_SECONDS:
                if not _send(conn, answers):
                    return
                answers, flushed = [], time.monotonic()
        if answers and not _send(conn, answers):
            return


def _send(conn: Connection, answers: list[tuple[int, bool, Any, str]]) -> bool:
    """Send a batch's answers at once; if one cannot be sent (a value that cannot be pickled), each goes
    alone and that one as its error. False when not even an error can be sent (MemoryError): the worker
    ends, and the parent names the file."""
    try:
        conn.send(answers)
        return True
    except BaseException:  # noqa: BLE001 - fall back to one by one
        pass
    for answer in answers:
        try:
            conn.send([answer])
        except BaseException as exc:  # noqa: BLE001
            try:
                conn.send([(answer[0], False, clerk_reason(exc), "".join(traceback.format_exception(exc))[-4000:])])
            except BaseException:  # noqa: BLE001
                return False
    return True


class GuardedPool:
    """Runs ``job(argument)`` for each argument in worker processes under a time and memory budget."""

    def __init__(self, job: Callable[[Any], Any], workers: int | None = None, timeout: float = DEFAULT_TIMEOUT,
                 memory_mb: int = DEFAULT_MEMORY_MB) -> None:
        self.job = job
        self.size = max(1, workers or min(2, os.cpu_count() or 1))
        self.timeout = timeout
        self.early = timeout / 4  # clock seconds a file is charged as work before its processor time is looked at
        self.memory_mb = memory_mb
        self._context = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()

    def _start(self) -> _Worker:
        parent, child = self._context.Pipe()
        current = self._context.RawValue("q", -1)
        process = self._context.Process(target=_serve, args=(child, self.job, self.memory_mb, current), daemon=True)
        # The forked worker must not collect (and so write to, page by page) the parent's objects: frozen, they
        # are left alone in the child (Python's documented way to fork; a few per cent of a scan's time).
        gc.freeze()
        try:
            process.start()
        finally:
            gc.unfreeze()
        child.close()
        return _Worker(process, parent, current)

    @staticmethod
    def _stop(worker: _Worker, kill: bool = False) -> None:
        if kill:
            worker.process.kill()
        else:
            try:
                worker.conn.send(None)
            except (OSError, ValueError):
                worker.process.kill()
        worker.process.join(timeout=2)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join(timeout=2)
        worker.conn.close()

    def run(self, arguments: Sequence[Any], while_waiting: Callable[[], None] | None = None) -> Iterator[Outcome]:
        """Outcomes in the order of ``arguments``, each as soon as it and all before it are done.
        ``while_waiting()`` is called once, after the workers have their first files."""
        pending = deque(range(len(arguments)))
        workers = [self._start() for _ in range(min(self.size, len(arguments)))]
        finished: dict[int, Outcome] = {}
        next_out = 0
        try:
            while next_out < len(arguments):
                for worker in workers:
                    if not worker.tasks and pending:
                        size = max(1, min(MAX_BATCH, len(pending) // (2 * len(workers))))
                        batch = [pending.popleft() for _ in range(size)]
                        worker.tasks.extend(batch)
                        worker.restart_watch(time.monotonic())
                        worker.conn.send([(i, arguments[i]) for i in batch])
                if while_waiting is not None:
                    while_waiting()
                    while_waiting = None
                ready = wait([w.conn for w in workers if w.tasks], timeout=min(0.5, self.early))
                now = time.monotonic()
                for n, worker in enumerate(workers):
                    if not worker.tasks:
                        continue
                    failure = self._collect(worker, ready, finished, now)
                    if failure is not None:
                        finished[failure.index] = failure
                        # The worker is gone with the rest of its batch (answered or not, what was not received
                        # is lost with it): those files go back to the queue for a fresh worker.
                        pending.extendleft(reversed([i for i in worker.tasks if i != failure.index]))
                        worker.tasks.clear()
                        self._stop(worker, kill=True)
                        workers[n] = self._start()
                while next_out in finished:
                    yield finished.pop(next_out)
                    next_out += 1
        finally:
            for worker in workers:
                self._stop(worker, kill=bool(worker.tasks))

    def _collect(self, worker: _Worker, ready: list[Any], finished: dict[int, Outcome], now: float) -> Outcome | None:
        """Take every answer the worker has sent; the outcome of the file it crashed or hung on, if it did."""
        if worker.conn in ready:
            try:
                while worker.tasks and worker.conn.poll():
                    for index, ok, value, detail in worker.conn.recv():
                        finished[index] = Outcome(index, value) if ok else Outcome(index, None, value, detail)
                        worker.tasks.remove(index)
            except (EOFError, OSError):
                return Outcome(worker.culprit(), None, ("读取程序在处理该文件时崩溃（文件可能已损坏或过大），已跳过；请用 Excel/WPS 打开检查"
                                                      "（如删去表格右下远处的多余内容）后另存，再重新扫描。"),
                               f"worker exited with code {worker.process.exitcode}", "crashed")
        if worker.tasks and self._overran(*(used := worker.watch(now, self.early))):
            # (wf129: two small .xls timed out by the clock while LibreOffice was being installed beside the scan, at
            # 2 s of work between them; the line blamed the files and the clerk pasted a notice short of two forms)
            busy = used[0] <= max(self.timeout / 4, 1.0)
            why = "当时电脑可能过于繁忙（读取本身用时很短），请稍后重新扫描" if busy else "文件可能过大或已损坏"
            return Outcome(worker.culprit(), None, f"读取超时（超过 {self.timeout:.0f} 秒），{why}，已跳过。",
                           "timeout", "timeout")
        return None

    def _overran(self, cpu: float, wall: float) -> bool:
        return cpu > self.timeout or wall > self.timeout * WALL_FACTOR


def guarded_map(job: Callable[[Any], Any], arguments: Sequence[Any], progress: Callable[[int], None] | None = None,
                while_waiting: Callable[[], None] | None = None, **options: Any) -> list[Outcome]:
    """Every argument's outcome, in order; ``progress(i)`` after each (see :meth:`GuardedPool.run` for
    ``while_waiting``)."""
    outcomes = []
    for outcome in GuardedPool(job, **options).run(arguments, while_waiting):
        outcomes.append(outcome)
        if progress:
            progress(outcome.index)
    return outcomes


__all__ = ["DEFAULT_MEMORY_MB", "DEFAULT_TIMEOUT", "WALL_FACTOR", "GuardedPool", "Outcome", "clerk_reason",
           "guarded_map", "opening_reason"]
