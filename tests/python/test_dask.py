# Copyright 2026 The lede Authors.
# SPDX-License-Identifier: Apache-2.0
"""lede.dask.read_articles() on a LocalCluster of two worker processes."""

import shutil

import pytest

import lede
from conftest import UNDER_ASAN, golden_inputs, run_cli

distributed = pytest.importorskip("distributed")
import lede.dask  # noqa: E402 - needs dask, checked above


@pytest.fixture
def corpus(tmp_path):
    # A directory tree of the golden files, with names that sort differently
    # in bytes and in a case-folding order, and a file the walk must skip.
    root = tmp_path / "corpus"
    (root / "b-sub").mkdir(parents=True)
    (root / "A-sub").mkdir()
    for i, path in enumerate(golden_inputs()):
        folder = (root, root / "b-sub", root / "A-sub")[i % 3]
        shutil.copy(path, folder / path.name)
    (root / "notes.json").write_text("{}")
    return root


def test_expand_paths_walks_like_the_command(lede_cli, corpus):
    expected = [obj["source"] for obj in run_cli(lede_cli, corpus)]
    assert lede.dask.expand_paths(str(corpus)) == expected
    assert lede.dask.expand_paths(corpus) == expected
    glob = lede.dask.expand_paths(str(corpus / "*.txt"))
    assert glob == sorted(p for p in expected if p.count("/") == str(corpus).count("/") + 1 and p.endswith(".txt"))


def test_read_articles_without_a_cluster(lede_cli, corpus):
    expected = run_cli(lede_cli, corpus)
    bag = lede.dask.read_articles(str(corpus), npartitions=3)
    assert bag.npartitions == 3
    assert bag.compute(scheduler="sync") == expected
    assert lede.dask.read_articles(str(corpus / "*.nothing")).compute(scheduler="sync") == []


@pytest.mark.skipif(UNDER_ASAN, reason="worker processes under ASan are slow")
def test_read_articles_on_a_local_cluster(lede_cli, corpus):
    expected = run_cli(lede_cli, corpus)
    with distributed.LocalCluster(
        n_workers=2,
        processes=True,
        threads_per_worker=1,
        host="127.0.0.1",
        dashboard_address=None,
        silence_logs=50,
    ) as cluster, distributed.Client(cluster) as client:
        bag = lede.dask.read_articles(str(corpus), npartitions=4)
        got = client.compute(bag).result(timeout=120)
        assert got == expected
        # Each partition ran on a worker process, not here.
        workers = client.run(lambda: lede.__version__)
        assert len(workers) == 2 and set(workers.values()) == {lede.__version__}
        # Dates travel between processes whole.
        assert client.submit(lede.parse_date, "25 Mar 2024 10:05 IST").result() == lede.parse_date(
            "25 Mar 2024 10:05 IST"
        )
        dates = bag.pluck("date").compute()
        assert dates == [obj["date"] for obj in expected]
