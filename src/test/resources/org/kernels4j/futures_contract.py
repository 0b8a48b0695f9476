"""CPython's concurrent.futures on the scenarios of PythonFuturesParityTest; prints key=value lines.

Each scenario is written so that its outcome is deterministic (events order every step).
"""
import threading
from concurrent.futures import (ThreadPoolExecutor, wait, as_completed, FIRST_COMPLETED,
                                FIRST_EXCEPTION, ALL_COMPLETED, TimeoutError as FTimeout)
import logging

logging.getLogger("concurrent.futures").addHandler(logging.NullHandler())
logging.getLogger("concurrent.futures").propagate = False

out = {}


def put(k, v):
    out[k] = str(v).lower() if isinstance(v, bool) else str(v)


def blocker(started, release, value):
    def run():
        started.set()
        release.wait(30)
        return value
    return run


# 1. running(), cancel() of queued and done futures
with ThreadPoolExecutor(1) as pool:
    started, release = threading.Event(), threading.Event()
    f1 = pool.submit(blocker(started, release, 1))
    started.wait(30)
    f2 = pool.submit(lambda: 2)
    put("running.running", f1.running())
    put("running.queued", f2.running())
    put("queued.done", f2.done())
    put("cancel.queued", f2.cancel())
    put("cancel.queued.again", f2.cancel())
    put("cancelled.queued", f2.cancelled())
    put("running.cancelled", f2.running())
    release.set()
    put("result", f1.result(30))
    put("cancel.done", f1.cancel())
    put("running.done", f1.running())
    put("cancelled.done", f1.cancelled())

# 2. add_done_callback: order, a throwing callback, after completion
with ThreadPoolExecutor(1) as pool:
    started, release = threading.Event(), threading.Event()
    f = pool.submit(blocker(started, release, 7))
    calls = []
    f.add_done_callback(lambda g: calls.append("cb1=" + str(g.result())))

    def bad(g):
        raise ValueError("callback fails")
    f.add_done_callback(bad)
    f.add_done_callback(lambda g: calls.append("cb3"))
    for i in range(4, 10):
        f.add_done_callback(lambda g, i=i: calls.append("cb" + str(i)))
    release.set()
    f.result(30)
    pool.shutdown(wait=True)
    put("callbacks.order", ",".join(calls))
    me = threading.current_thread()
    late = []
    f.add_done_callback(lambda g: late.append(threading.current_thread() is me))
    put("callbacks.late.immediate.caller", late == [True])

# 3. wait()
done, not_done = wait([])
put("wait.empty", "%d/%d" % (len(done), len(not_done)))
with ThreadPoolExecutor(2) as pool:
    fs = [pool.submit(lambda: 1), pool.submit(lambda: 2)]
    done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
    put("wait.first_exception.none_fail", "%d/%d" % (len(done), len(not_done)))
    started, release = threading.Event(), threading.Event()
    slow = pool.submit(blocker(started, release, 1))

    def fail():
        raise ValueError("x")
    bad = pool.submit(fail)
    done, not_done = wait([slow, bad], return_when=FIRST_EXCEPTION)
    put("wait.first_exception.fail", "%s/%s" % (str(bad in done).lower(), str(slow in not_done).lower()))
    done, not_done = wait([slow, bad, bad, slow], timeout=0)
    put("wait.timeout0.duplicates", "%d/%d" % (len(done), len(not_done)))
    done, not_done = wait([slow, bad], return_when=FIRST_COMPLETED)
    put("wait.first_completed.already", "%d/%d" % (len(done), len(not_done)))
    done, not_done = wait([slow], timeout=0.05)
    put("wait.timeout.pending", "%d/%d" % (len(done), len(not_done)))
    release.set()
    done, not_done = wait([slow, bad])
    put("wait.all", "%d/%d" % (len(done), len(not_done)))
    put("exception.present", bad.exception() is not None)

# 4. as_completed()
with ThreadPoolExecutor(1) as pool:
    a = pool.submit(lambda: 1)
    a.result(30)
    started, release = threading.Event(), threading.Event()
    b = pool.submit(blocker(started, release, 2))
    started.wait(30)
    got = []
    try:
        for f in as_completed([b, a, a, b], timeout=0):
            got.append(f is a)
        put("as_completed.timeout0", "no timeout")
    except FTimeout as e:
        put("as_completed.timeout0", "%s %s" % (",".join(str(g).lower() for g in got), e))
    release.set()
    put("as_completed.duplicates", len(list(as_completed([a, b, a, b], timeout=30))))

# 5. shutdown, submit after shutdown, cancel_futures
pool = ThreadPoolExecutor(1)
started, release = threading.Event(), threading.Event()
running = pool.submit(blocker(started, release, 1))
started.wait(30)
queued = pool.submit(lambda: 2)
pool.shutdown(wait=False, cancel_futures=True)
put("shutdown.cancel_futures.queued", queued.cancelled())
try:
    pool.submit(lambda: 3)
    put("submit.after_shutdown", "accepted")
except RuntimeError:
    put("submit.after_shutdown", "rejected")
release.set()
put("shutdown.cancel_futures.running", running.result(30))
pool.shutdown(wait=True)

# 6. map(): exception in input order, timeout from the call, result(timeout)
with ThreadPoolExecutor(2) as pool:
    def fn(x):
        if x == 2:
            raise ValueError("two")
        return x * 10
    got = []
    try:
        for r in pool.map(fn, [1, 2, 3]):
            got.append(r)
    except ValueError:
        got.append("raised")
    put("map.exception", ",".join(str(g) for g in got))
    started, release = threading.Event(), threading.Event()
    it = pool.map(lambda x: blocker(started, release, x)(), [5], timeout=0.05)
    try:
        next(it)
        put("map.timeout", "no timeout")
    except FTimeout:
        put("map.timeout", "timeout")
    release.set()
    started2, release2 = threading.Event(), threading.Event()
    f = pool.submit(blocker(started2, release2, 1))
    try:
        f.result(timeout=0.01)
        put("result.timeout", "no timeout")
    except FTimeout:
        put("result.timeout", "timeout")
    release2.set()

# 7. A documented difference: cancel() of a running task (here it succeeds)
with ThreadPoolExecutor(1) as pool:
    started, release = threading.Event(), threading.Event()
    f = pool.submit(blocker(started, release, 1))
    started.wait(30)
    put("difference.cancel.running", f.cancel())
    put("difference.cancel.running.cancelled", f.cancelled())
    put("difference.cancel.running.running", f.running())
    release.set()

for k in sorted(out):
    print("%s=%s" % (k, out[k]))
