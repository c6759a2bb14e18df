# Copyright 2026 The lede Authors.
# SPDX-License-Identifier: Apache-2.0
"""Articles as a Dask bag, for a cluster when one machine is not enough.

    >>> from distributed import Client, LocalCluster
    >>> import lede.dask
    >>> cluster = LocalCluster(n_workers=2, threads_per_worker=1,
    ...                        dashboard_address=None)
    >>> client = Client(cluster)
    >>> bag = lede.dask.read_articles("corpus/")        # or "corpus/**/*.txt"
    >>> bag.pluck("date").frequencies().compute()

On a real cluster, connect the client to the scheduler instead
(``Client("tcp://scheduler:8786")``); every worker needs lede installed and
the paths readable (a shared file system). Each partition is parsed by
``lede.parse_files`` on the worker, so the bag holds plain dicts
(``Article.to_dict()`` with its ``source``), which pickle cheaply.
"""

import glob
import os
from typing import Any, Dict, Iterable, List, Optional, Union

import dask.bag

from . import parse_files

PathLike = Union[str, "os.PathLike[str]"]

# The names `lede parse DIR` takes from a directory.
_DEFAULT_SUFFIXES = (".txt", ".md", ".markdown")
_GLOB_CHARACTERS = frozenset("*?[")


def _walk(directory: str, out: List[str]) -> None:
    # As `lede parse DIR`: depth first, each directory's entries in byte
    # order, links to files followed and links to directories not.
    with os.scandir(directory) as entries:
        names = sorted((entry.name for entry in entries), key=os.fsencode)
    for name in names:
        path = directory + name if directory.endswith("/") else directory + "/" + name
        if os.path.isdir(path) and not os.path.islink(path):
            _walk(path, out)
        elif name.endswith(_DEFAULT_SUFFIXES) and os.path.isfile(path):
            out.append(path)


def expand_paths(paths_or_glob: Union[PathLike, Iterable[PathLike]]) -> List[str]:
    """Returns the files a path, a glob or a list of them names, in order.

    A directory gives the files below it named *.txt, *.md or *.markdown in
    the order of ``lede parse DIR``; a glob (``*``, ``?``, ``[``; ``**``
    recurses) its matches in byte order; anything else itself.
    """
    if isinstance(paths_or_glob, (str, os.PathLike)):
        items = [paths_or_glob]
    else:
        items = list(paths_or_glob)
    out: List[str] = []
    for item in items:
        path = os.fspath(item)
        if os.path.isdir(path):
            _walk(path, out)
        elif _GLOB_CHARACTERS.intersection(path):
            out.extend(sorted(glob.glob(path, recursive=True), key=os.fsencode))
        else:
            out.append(path)
    return out


def _parse_partition(paths: List[str], options: Dict[str, Any]) -> List[Dict[str, Any]]:
    return list(parse_files(paths, threads=1, as_dict=True, **options))


def read_articles(
    paths_or_glob: Union[PathLike, Iterable[PathLike]],
    npartitions: Optional[int] = None,
    **options: Any,
) -> "dask.bag.Bag":
    """Returns a dask.bag.Bag of the articles' dicts, each with its "source".

    ``paths_or_glob`` is a file, a directory, a glob or a list of them (see
    expand_paths(), which runs here, on the client); the bag keeps their
    order. ``npartitions`` (default: Dask's choice, at most 100) sets how
    many tasks parse them; ``options`` are lede.parse()'s. Each dict is what
    ``lede parse`` prints for that file.
    """
    paths = expand_paths(paths_or_glob)
    if not paths:
        return dask.bag.from_sequence([], npartitions=1)
    if npartitions is not None:
        npartitions = max(1, min(npartitions, len(paths)))
    paths_bag = dask.bag.from_sequence(paths, npartitions=npartitions)
    return paths_bag.map_partitions(_parse_partition, options)
