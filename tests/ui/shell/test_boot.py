"""Start-up housekeeping in the shell's boot module."""

from __future__ import annotations

from rehab_app.ui.shell import boot


def test_collector_is_back_on_after_the_first_paint() -> None:
    import gc

    gc.disable()
    try:
        boot.start_collecting()
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0  # start-up objects are left out of later passes
    finally:
        gc.unfreeze()
        gc.enable()
