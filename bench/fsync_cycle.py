#!/usr/bin/env python3
"""What one durable commit cycle costs the disk, apart from what it stores.

The server's commit thread makes each batch durable the way sled 0.34 and
the store do it: sled writes a 24-byte batch marker and then the batch,
each with its own pwrite and sync_file_range, and the store fdatasyncs
the file. This repeats that pattern on a scratch file beside the data
directory (default: the system's temporary directory) and reports the
block device's written bytes per cycle, appending to a new file (as sled
does at the tip of its log) and overwriting blocks already written (as
it does in a reused segment), with the marker and without.

    python3 bench/fsync_cycle.py [DIR] [CYCLES]

Run it on a quiet machine: the device counter counts every writer.
"""
import ctypes
import os
import sys
import tempfile

SYNC_FILE_RANGE = 1 | 2 | 4  # WAIT_BEFORE | WRITE | WAIT_AFTER
libc = ctypes.CDLL("libc.so.6", use_errno=True)


def device_stat(path):
    dev = os.stat(path).st_dev
    return f"/sys/dev/block/{os.major(dev)}:{os.minor(dev)}/stat"


def written(stat):
    # The seventh field counts 512-byte sectors (Documentation/block/stat.rst).
    with open(stat) as f:
        return int(f.read().split()[6]) * 512


def cycles(directory, count, preallocate, marker, batch=1100):
    stat = device_stat(directory)
    fd, path = tempfile.mkstemp(dir=directory)
    try:
        if preallocate:
            os.pwrite(fd, b"\0" * (count * (batch + 24) + 4096), 0)
        os.fsync(fd)
        before, offset = written(stat), 0
        for _ in range(count):
            parts = [b"m" * 24] if marker else []
            for part in parts + [b"x" * batch]:
                os.pwrite(fd, part, offset)
                libc.sync_file_range(
                    fd, ctypes.c_longlong(offset), ctypes.c_longlong(len(part)), SYNC_FILE_RANGE
                )
                offset += len(part)
            os.fdatasync(fd)
        return (written(stat) - before) / count
    finally:
        os.close(fd)
        os.unlink(path)


def main():
    directory = sys.argv[1] if len(sys.argv) > 1 else tempfile.gettempdir()
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    for preallocate in (False, True):
        for marker in (True, False):
            where = "overwriting" if preallocate else "appending"
            what = "marker + 1100 B" if marker else "1100 B alone"
            per = cycles(directory, count, preallocate, marker)
            print(f"{where:<11} {what:<16} {per:8.0f} device bytes per cycle")


if __name__ == "__main__":
    main()
