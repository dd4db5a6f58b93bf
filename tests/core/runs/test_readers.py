"""Reading FIT, GPX and TCX files: what each yields, and a clear reason when a file is refused."""

from __future__ import annotations

import contextlib
import gzip
import struct
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rehab_app.core.runs.fit import read_fit
from rehab_app.core.runs.gpx import read_gpx
from rehab_app.core.runs.model import canonical_sport, kind_of
from rehab_app.core.runs.reading import FormatError, SkipReason, climb, gunzip
from rehab_app.core.runs.tcx import read_tcx
from tests.core.runs.fitfiles import FitActivity, activity_fit, crc16
from tests.core.runs.runfiles import START, Track, gpx_text, tcx_text


def _refused(read: object, data: bytes) -> FormatError:
    with pytest.raises(FormatError) as caught:
        read(data)  # type: ignore[operator]
    return caught.value


# FIT ---------------------------------------------------------------------------------------------


def test_fit_session_gives_start_distance_times_climb_cadence_and_heart_rate() -> None:
    fit = FitActivity(START, 10_000, timer_s=3000, elapsed_s=3100, heart_rate=151, cadence=86)
    [a] = read_fit(activity_fit(fit))
    assert a.sport == "running"
    assert a.started_utc == START
    assert (a.distance_m, a.moving_s, a.elapsed_s) == (10_000, 3000, 3100)
    assert a.elevation_gain_m == 40
    assert a.heart_rate_bpm == 151
    assert a.cadence_spm == 172  # 86 strides a minute are 172 steps
    assert a.utc_offset_s == 7200


def test_fit_ride_is_cycling_without_a_step_cadence() -> None:
    [a] = read_fit(activity_fit(FitActivity(START, 20_000, sport="cycling")))
    assert a.sport == "cycling"
    assert a.cadence_spm is None


def test_fit_without_a_session_falls_back_on_its_records() -> None:
    fit = FitActivity(START, 4000, timer_s=1200, with_session=False)
    [a] = read_fit(activity_fit(fit))
    assert a.started_utc == START
    assert a.distance_m == pytest.approx(4000)
    assert a.elapsed_s == 1200
    assert a.sport == ""


def test_fit_with_two_sessions_gives_two_activities() -> None:
    second = FitActivity(START + timedelta(hours=1), 3000, sport="cycling")
    activities = read_fit(activity_fit(FitActivity(START, extra_sessions=[second])))
    assert [a.sport for a in activities] == ["running", "cycling"]


def test_fit_with_a_wrong_checksum_is_refused_as_damaged() -> None:
    data = bytearray(activity_fit(FitActivity(START)))
    data[200] ^= 0x55
    assert _refused(read_fit, bytes(data)).reason is SkipReason.CHECKSUM


@pytest.mark.parametrize("keep", [14, 100, 1000])
def test_truncated_fit_is_refused(keep: int) -> None:
    data = activity_fit(FitActivity(START))
    assert _refused(read_fit, data[:keep]).reason is SkipReason.TRUNCATED


def test_fit_of_garbage_after_a_valid_header_is_refused_as_damaged() -> None:
    body = b"\x41\x00\x00\xff\xff\x09" + b"\x07" * 300  # a definition of nonsense fields
    header = struct.pack("<BBHI4sH", 14, 0x20, 2132, len(body), b".FIT", 0)  # CRC 0: unchecked
    data = header + body + struct.pack("<H", crc16(header + body))
    assert _refused(read_fit, data).reason in (SkipReason.DAMAGED, SkipReason.TRUNCATED)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2000), st.integers(1, 255)), min_size=1, max_size=8))
def test_fit_with_any_bytes_changed_is_read_or_refused_never_crashes(
    changes: list[tuple[int, int]],
) -> None:
    data = bytearray(_SMALL_FIT)
    for at, xor in changes:
        data[at % len(data)] ^= xor
    with contextlib.suppress(FormatError):  # anything else fails the test
        read_fit(bytes(data))


_SMALL_FIT = activity_fit(FitActivity(START, records=20))


def test_fit_course_file_is_not_an_activity() -> None:
    data = activity_fit(FitActivity(START, file_type="course"))
    assert _refused(read_fit, data).reason is SkipReason.NOT_ACTIVITY


def test_fit_with_no_messages_holds_no_data() -> None:
    data = activity_fit(FitActivity(START, records=0, with_session=False, utc_offset_s=None))
    assert _refused(read_fit, data).reason is SkipReason.NO_DATA


# GPX ---------------------------------------------------------------------------------------------


def test_gpx_track_gives_distance_moving_time_climb_and_sensors() -> None:
    [a] = read_gpx(gpx_text(Track(distance_m=8000, seconds=2700, points=100)).encode())
    assert a.sport == "running"
    assert a.started_utc == START
    assert a.distance_m == pytest.approx(8000, rel=0.001)
    assert a.moving_s == pytest.approx(2700)
    assert a.elapsed_s == pytest.approx(2700)
    assert a.elevation_gain_m == pytest.approx(20, abs=3)
    assert a.heart_rate_bpm == 150
    assert a.cadence_spm == 168


def test_gpx_standing_still_is_not_moving_time() -> None:
    text = gpx_text(Track(points=3, distance_m=1000, seconds=600, heart_rate=None, cadence=None))
    # A ten-minute stop at the last point: elapsed grows, moving does not.
    last = text.rindex("<trkpt")
    stop = text[last : text.index("</trkpt>", last) + 8].replace("06:40:00", "06:50:00")
    [a] = read_gpx(text.replace("</trkseg>", stop + "</trkseg>").encode())
    assert a.elapsed_s == pytest.approx(1200)
    assert a.moving_s == pytest.approx(600)


def test_gpx_without_times_is_refused() -> None:
    data = gpx_text(Track(times=False)).encode()
    assert _refused(read_gpx, data).reason is SkipReason.NO_TIMES


def test_gpx_route_without_a_track_is_not_an_activity() -> None:
    data = (
        b'<?xml version="1.0"?><gpx version="1.1" creator="t" xmlns="http://www.topografix.com/GPX/1/1">'
        b'<rte><rtept lat="48.1" lon="2.1"/><rtept lat="48.2" lon="2.1"/></rte></gpx>'
    )
    assert _refused(read_gpx, data).reason is SkipReason.NOT_ACTIVITY


def test_gpx_strava_type_number_nine_is_a_run() -> None:
    [a] = read_gpx(gpx_text(Track(sport="9")).encode())
    assert a.sport == "running"


XXE = (
    '<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    '<gpx version="1.1" creator="t"><trk><name>&xxe;</name></trk></gpx>'
)
LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
    "<gpx><trk><name>&lol2;</name></trk></gpx>"
)


@pytest.mark.parametrize("text", [XXE, LAUGHS])
def test_xml_with_a_doctype_or_entities_is_refused_before_parsing(text: str) -> None:
    assert _refused(read_gpx, text.encode()).reason is SkipReason.UNSAFE_XML
    tcx = text.replace("gpx", "TrainingCenterDatabase")
    assert _refused(read_tcx, tcx.encode()).reason is SkipReason.UNSAFE_XML


@pytest.mark.parametrize("read", [read_gpx, read_tcx])
def test_malformed_xml_is_refused(read: object) -> None:
    broken = gpx_text(Track())[:500] if read is read_gpx else tcx_text(Track())[:500]
    assert _refused(read, broken.encode()).reason is SkipReason.MALFORMED_XML


def test_xml_that_is_not_text_is_refused() -> None:
    assert _refused(read_gpx, b"<gpx>\xff\xfe\xfa</gpx>").reason is SkipReason.MALFORMED_XML


# TCX ---------------------------------------------------------------------------------------------


def test_tcx_laps_and_points_give_the_summary() -> None:
    [a] = read_tcx(tcx_text(Track(distance_m=6000, seconds=2000, points=80)).encode())
    assert a.sport == "running"
    assert a.started_utc == START
    assert (a.distance_m, a.moving_s) == (6000, 2000)
    assert a.elapsed_s == pytest.approx(2000)
    assert a.heart_rate_bpm == 150
    assert a.cadence_spm == 168
    assert a.elevation_gain_m == pytest.approx(20, abs=3)


def test_tcx_biking_is_cycling() -> None:
    [a] = read_tcx(tcx_text(Track(), sport="Biking").encode())
    assert a.sport == "cycling"
    assert a.cadence_spm is None


def test_tcx_of_courses_is_not_an_activity() -> None:
    data = (
        b'<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">'
        b"<Courses><Course><Name>Loop</Name></Course></Courses></TrainingCenterDatabase>"
    )
    assert _refused(read_tcx, data).reason is SkipReason.NOT_ACTIVITY


def test_tcx_without_any_time_is_refused() -> None:
    data = (
        b'<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">'
        b'<Activities><Activity Sport="Running"><Lap><TotalTimeSeconds>60</TotalTimeSeconds>'
        b"</Lap></Activity></Activities></TrainingCenterDatabase>"
    )
    assert _refused(read_tcx, data).reason is SkipReason.NO_TIMES


def test_other_xml_is_not_tcx() -> None:
    assert _refused(read_tcx, b"<kml><Document/></kml>").reason is SkipReason.UNKNOWN_FORMAT


# Shared pieces -----------------------------------------------------------------------------------


def test_gunzip_refuses_a_gzip_bomb_by_what_it_unpacks() -> None:
    bomb = gzip.compress(b"\0" * (2 * 1024 * 1024))
    assert len(bomb) < 10_000
    with pytest.raises(FormatError) as caught:
        gunzip(bomb, limit=1024 * 1024)
    assert caught.value.reason is SkipReason.TOO_LARGE


def test_gunzip_of_a_cut_file_says_truncated() -> None:
    packed = gzip.compress(b"x" * 10_000)
    with pytest.raises(FormatError) as caught:
        gunzip(packed[: len(packed) // 2])
    assert caught.value.reason is SkipReason.TRUNCATED


def test_climb_ignores_noise_but_counts_real_hills() -> None:
    assert climb([10, 11, 10, 12, 10, 11]) == 0
    assert climb([10, 20, 15, 30]) == 25
    assert climb([]) is None


@pytest.mark.parametrize(
    ("label", "sport"),
    [
        ("running", "running"),
        ("Trail Run", "running"),
        ("VirtualRun", "running"),
        ("treadmill", "running"),
        ("Ride", "cycling"),
        ("Biking", "cycling"),
        ("e_biking", "cycling"),
        ("Swim", "swimming"),
        ("Walk", "walking"),
        ("Hike", "hiking"),
        ("Elliptical", "elliptical"),
        ("WeightTraining", "strength"),
        ("Other", ""),
        ("generic", ""),
        ("", ""),
        ("Kitesurf", "other"),
    ],
)
def test_sport_labels_of_every_format_map_to_one_name(label: str, sport: str) -> None:
    assert canonical_sport(label) == sport


def test_unknown_sport_is_a_run_unless_too_fast_for_running() -> None:
    assert kind_of("", 5000, 1800).value == "run"
    assert kind_of("", 30_000, 3600).value == "cross_training"  # 30 km/h
    assert kind_of("walking", 5000, 3000).value == "cross_training"
    assert kind_of("", None, None).value == "run"


def test_times_are_utc() -> None:
    [a] = read_fit(activity_fit(FitActivity(datetime(2026, 1, 1, 23, 59, tzinfo=UTC))))
    assert a.started_utc.utcoffset() == timedelta(0)
