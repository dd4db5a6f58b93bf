"""Audio cues: silent and quiet about it without audio, queued speech, shipped WAVs, lazy imports."""

from __future__ import annotations

import importlib.util
import logging
import subprocess
import sys
import wave
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QObject, QUrl
from pytestqt.qtbot import QtBot

from rehab_app.ui.session import audio
from rehab_app.ui.session.audio import AudioCues, Cue, effect_gain
from tests.conftest import ROOT

SOUNDS = ROOT / "assets" / "sounds"
LOGGER = "rehab_app.ui.session.audio"


class FakeEffect:
    """Stands in for QSoundEffect: records what it was told."""

    def __init__(self, parent: QObject) -> None:
        self.parent = parent
        self.source = ""
        self.volume = -1.0
        self.plays = 0
        self.stops = 0

    def setSource(self, url: QUrl) -> None:
        self.source = url.toLocalFile()

    def setVolume(self, volume: float) -> None:
        self.volume = volume

    def play(self) -> None:
        self.plays += 1

    def stop(self) -> None:
        self.stops += 1


class FakeSpeaker:
    """Stands in for a speech engine: `finish()` ends the current utterance."""

    def __init__(self, on_idle: audio.IdleCallback, on_error: audio.ErrorCallback) -> None:
        self.on_idle = on_idle
        self.on_error = on_error
        self.loaded = True
        self.speaking = False
        self.said: list[str] = []
        self.volume = -1.0
        self.language = ""

    def say(self, text: str) -> None:
        self.said.append(text)
        self.speaking = True

    def stop(self) -> None:
        if self.speaking:
            self.speaking = False
            self.on_idle()

    def set_volume(self, volume: float) -> None:
        self.volume = volume

    def set_language(self, language: str) -> bool:
        self.language = language
        return language.startswith(("en", "de"))

    def is_ready(self) -> bool:
        return self.loaded and not self.speaking

    def finish(self) -> None:
        self.speaking = False
        self.loaded = True
        self.on_idle()


@pytest.fixture
def owner(qtbot: QtBot) -> Iterator[QObject]:
    """A parent for the AudioCues under test, deleted afterwards."""
    parent = QObject()
    yield parent
    parent.deleteLater()


@pytest.fixture
def effects(monkeypatch: pytest.MonkeyPatch) -> list[FakeEffect]:
    """Pretend an audio device exists; collects every effect created."""
    made: list[FakeEffect] = []

    def make(parent: QObject) -> FakeEffect:
        made.append(FakeEffect(parent))
        return made[-1]

    monkeypatch.setattr(audio, "open_sound", lambda: make)
    return made


@pytest.fixture
def speakers(monkeypatch: pytest.MonkeyPatch) -> list[FakeSpeaker]:
    """Pretend a speech engine exists; collects every speaker opened."""
    made: list[FakeSpeaker] = []

    def open_speaker(
        engine: str | None,
        parent: QObject,
        on_idle: audio.IdleCallback,
        on_error: audio.ErrorCallback,
    ) -> FakeSpeaker:
        made.append(FakeSpeaker(on_idle, on_error))
        return made[-1]

    monkeypatch.setattr(audio, "open_speaker", open_speaker)
    return made


def exercise_everything(cues: AudioCues) -> None:
    for _ in range(2):
        for cue in Cue:
            cues.play(cue)
        cues.say("Next: Bird-dog, 3 sets of 8")
        cues.say("3", interrupt=True)
        cues.configure(sound=True, voice=True, volume=30)
        cues.set_muted(True)
        cues.play(Cue.TICK)
        cues.set_muted(False)
        cues.stop()


def audio_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == LOGGER]


def test_this_machine_never_raises_and_logs_once_per_missing_capability(
    owner: QObject, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=LOGGER)
    cues = AudioCues(SOUNDS, owner)
    exercise_everything(cues)
    missing = (not cues.sound_available) + (not cues.voice_available)
    exercise_everything(cues)
    assert len(audio_lines(caplog)) == missing
    assert cues.parent() is owner


def test_no_device_and_no_engine_log_one_line_each(
    owner: QObject, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_sound() -> audio.EffectFactory:
        raise audio.Unavailable("no audio output device")

    def no_voice(*args: object) -> audio.Speaker:
        raise audio.Unavailable("no speech engine installed")

    monkeypatch.setattr(audio, "open_sound", no_sound)
    monkeypatch.setattr(audio, "open_speaker", no_voice)
    caplog.set_level(logging.INFO, logger=LOGGER)
    cues = AudioCues(SOUNDS, owner)
    exercise_everything(cues)
    assert not cues.sound_available
    assert not cues.voice_available
    exercise_everything(cues)
    assert audio_lines(caplog) == [
        "Sound cues off: no audio output device",
        "Voice announcements off: no speech engine installed",
    ]


def test_unexpected_backend_failure_is_one_line_too(
    owner: QObject, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken() -> audio.EffectFactory:
        raise RuntimeError("backend exploded")

    monkeypatch.setattr(audio, "open_sound", broken)
    caplog.set_level(logging.INFO, logger=LOGGER)
    cues = AudioCues(SOUNDS, owner, voice=False)
    cues.play(Cue.GO)
    cues.play(Cue.GO)
    assert audio_lines(caplog) == ["Sound cues off: backend exploded"]


def test_nothing_opens_until_needed(
    owner: QObject, effects: list[FakeEffect], speakers: list[FakeSpeaker]
) -> None:
    cues = AudioCues(SOUNDS, owner, sound=False, voice=False)
    cues.play(Cue.TICK)
    cues.say("Halfway")
    assert effects == []
    assert speakers == []
    cues.configure(sound=True, voice=True, volume=80)
    cues.play(Cue.TICK)
    cues.play(Cue.TICK)
    assert len(effects) == 1
    assert effects[0].plays == 2
    assert effects[0].parent is cues
    assert effects[0].source == str(SOUNDS / "tick.wav")


def test_volume_reaches_effects_and_speech(
    owner: QObject, effects: list[FakeEffect], speakers: list[FakeSpeaker]
) -> None:
    cues = AudioCues(SOUNDS, owner, volume=100)
    assert cues.sound_available
    assert cues.voice_available
    cues.play(Cue.TICK)
    cues.play(Cue.DONE)
    assert [e.volume for e in effects] == [1.0, 1.0]
    assert speakers[0].volume == 1.0
    cues.configure(sound=True, voice=True, volume=50)
    assert [e.volume for e in effects] == [effect_gain(50)] * 2
    assert speakers[0].volume == 0.5
    cues.configure(sound=True, voice=True, volume=250)
    assert speakers[0].volume == 1.0
    cues.configure(sound=True, voice=True, volume=0)
    assert [e.volume for e in effects] == [0.0, 0.0]
    cues.play(Cue.GO)
    assert effects[-1].volume == 0.0


def test_voice_speaks_the_users_language(
    owner: QObject, speakers: list[FakeSpeaker], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=LOGGER)
    cues = AudioCues(SOUNDS, owner)
    cues.configure(sound=True, voice=True, volume=80, language="de_DE")
    assert not speakers  # nothing opens until it is needed
    cues.say("Halbzeit")
    assert speakers[0].language == "de_DE"
    cues.configure(sound=True, voice=True, volume=80, language="fr_FR")  # no French voice here
    assert speakers[0].language == "fr_FR"
    assert audio_lines(caplog)[-1] == (
        "No fr_FR voice installed: announcements use the engine's default"
    )


def test_volume_curve() -> None:
    gains = [effect_gain(v) for v in range(101)]
    assert gains[0] == 0.0
    assert gains[100] == 1.0
    assert gains == sorted(gains)
    assert effect_gain(50) == pytest.approx(0.1)  # -20 dB halfway


def test_muted_blocks_play_and_say_but_keeps_settings(
    owner: QObject, effects: list[FakeEffect], speakers: list[FakeSpeaker]
) -> None:
    cues = AudioCues(SOUNDS, owner)
    cues.play(Cue.TICK)
    cues.say("Step 1. Kneel on all fours")
    cues.say("Halfway")
    cues.set_muted(True)
    assert cues.muted
    assert effects[0].stops == 1
    assert not speakers[0].speaking
    cues.play(Cue.TICK)
    cues.say("Well done")
    speakers[0].finish()
    assert effects[0].plays == 1
    assert speakers[0].said == ["Step 1. Kneel on all fours"]
    cues.set_muted(False)
    cues.play(Cue.TICK)
    cues.say("Well done")
    assert effects[0].plays == 2
    assert speakers[0].said[-1] == "Well done"


def test_settings_off_stop_and_block(
    owner: QObject, effects: list[FakeEffect], speakers: list[FakeSpeaker]
) -> None:
    cues = AudioCues(SOUNDS, owner)
    cues.play(Cue.REST)
    cues.say("Rest 20 seconds")
    cues.configure(sound=False, voice=False, volume=80)
    assert effects[0].stops == 1
    assert not speakers[0].speaking
    cues.play(Cue.REST)
    cues.say("Next: Plank")
    assert effects[0].plays == 1
    assert speakers[0].said == ["Rest 20 seconds"]


def test_speech_keeps_at_most_one_pending(
    owner: QObject, effects: list[FakeEffect], speakers: list[FakeSpeaker]
) -> None:
    cues = AudioCues(SOUNDS, owner)
    cues.say("Next: Bird-dog, 3 sets of 8, 5-second holds")
    cues.say("Step 1. Kneel on all fours")
    cues.say("Step 2. Reach the opposite arm and leg")
    cues.say("Halfway")
    speaker = speakers[0]
    assert speaker.said == ["Next: Bird-dog, 3 sets of 8, 5-second holds"]
    speaker.finish()
    assert speaker.said[-1] == "Halfway"
    speaker.finish()
    speaker.finish()
    assert speaker.said == ["Next: Bird-dog, 3 sets of 8, 5-second holds", "Halfway"]
    cues.say("  ")
    assert len(speaker.said) == 2


def test_interrupt_cuts_current_and_drops_pending(
    owner: QObject, effects: list[FakeEffect], speakers: list[FakeSpeaker]
) -> None:
    cues = AudioCues(SOUNDS, owner)
    cues.say("Rest 10 seconds. Then: Plank")
    cues.say("Next: Plank")
    cues.say("3", interrupt=True)
    cues.say("2", interrupt=True)
    speaker = speakers[0]
    assert speaker.said == ["Rest 10 seconds. Then: Plank", "3", "2"]
    speaker.finish()
    assert speaker.said[-1] == "2"
    cues.say("1")
    assert speaker.said[-1] == "1"


def test_engine_still_loading_gets_the_newest_text(
    owner: QObject, speakers: list[FakeSpeaker], monkeypatch: pytest.MonkeyPatch
) -> None:
    def loading(
        engine: str | None,
        parent: QObject,
        on_idle: audio.IdleCallback,
        on_error: audio.ErrorCallback,
    ) -> FakeSpeaker:
        speakers.append(FakeSpeaker(on_idle, on_error))
        speakers[-1].loaded = False
        return speakers[-1]

    monkeypatch.setattr(audio, "open_speaker", loading)
    cues = AudioCues(SOUNDS, owner, sound=False)
    cues.say("Next: Dead bug")
    cues.say("3", interrupt=True)
    assert speakers[0].said == []
    speakers[0].finish()
    assert speakers[0].said == ["3"]


def test_engine_error_later_silences_voice_with_one_line(
    owner: QObject, speakers: list[FakeSpeaker], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=LOGGER)
    cues = AudioCues(SOUNDS, owner, sound=False)
    cues.say("Halfway")
    cues.say("Well done")
    speakers[0].on_error("speech-dispatcher went away")
    speakers[0].on_error("speech-dispatcher went away")
    assert not cues.voice_available
    cues.say("Next: Plank")
    speakers[0].finish()
    assert speakers[0].said == ["Halfway"]
    assert audio_lines(caplog) == ["Voice announcements off: speech-dispatcher went away"]


def _qt_mock_engine_available() -> bool:
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:  # QtTextToSpeech needs libpulse, which a bare machine may lack
        return False
    return audio.MOCK_ENGINE in QTextToSpeech.availableEngines()


def test_say_with_qt_mock_engine(
    qtbot: QtBot, owner: QObject, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not _qt_mock_engine_available():
        pytest.skip("Qt's mock speech engine cannot load here")
    started: list[str] = []
    real_open = audio.open_speaker

    def recording_open(
        engine: str | None,
        parent: QObject,
        on_idle: audio.IdleCallback,
        on_error: audio.ErrorCallback,
    ) -> audio.Speaker:
        speaker = real_open(engine, parent, on_idle, on_error)
        say = speaker.say

        def record(text: str) -> None:
            started.append(text)
            say(text)

        monkeypatch.setattr(speaker, "say", record)
        return speaker

    monkeypatch.setattr(audio, "open_speaker", recording_open)
    cues = AudioCues(SOUNDS, owner, sound=False, speech_engine=audio.MOCK_ENGINE)
    assert cues.voice_available
    cues.say("Next: Bird-dog, 3 sets of 8")
    cues.say("Step 1. Kneel")
    cues.say("Halfway")
    qtbot.waitUntil(lambda: started[-1:] == ["Halfway"], timeout=10_000)
    assert started == ["Next: Bird-dog, 3 sets of 8", "Halfway"]
    cues.say("3", interrupt=True)
    assert started[-1] == "3"
    cues.stop()


def test_shipped_sounds_are_small_mono_wavs() -> None:
    for cue in Cue:
        path = SOUNDS / f"{cue.value}.wav"
        assert path.stat().st_size < 70_000, path
        with wave.open(str(path)) as w:
            assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (1, 2, 44_100)
            assert 0.05 < w.getnframes() / 44_100 < 1.0


def _load_make_sounds() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_sounds", ROOT / "tools" / "make_sounds.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_shipped_sounds_match_the_generator(tmp_path: Path) -> None:
    assert _load_make_sounds().main(["--out", str(tmp_path)]) == 0
    for cue in Cue:
        name = f"{cue.value}.wav"
        assert (tmp_path / name).read_bytes() == (SOUNDS / name).read_bytes(), name


def test_main_window_does_not_import_multimedia_or_speech() -> None:
    code = (
        "import sys, rehab_app.ui.shell.main_window, rehab_app.ui.session.audio\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6.QtMultimedia',"
        " 'PySide6.QtTextToSpeech'))]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=120)
