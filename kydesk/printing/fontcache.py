"""Parsed fonts remembered across processes: reportlab reads a Chinese TrueType font (10–20 MB, 30,000
glyphs) in about 0.25 s, every process, every font. The parsed tables are kept in a folder (the data
folder, given by the services) keyed by the font file's path, subfont, size and modification time and by
the reportlab version; a changed or replaced font file, or another reportlab, is simply parsed again.

The cache holds only plain data (numbers, strings, bytes, lists, dicts) and is read back by an unpickler
that refuses anything else, so a doctored cache file cannot run code. Any problem reading or writing it
falls back to parsing the font as before.
"""
from __future__ import annotations

import hashlib
import io
import os
import pickle
import tempfile
from array import array
from pathlib import Path
from weakref import WeakKeyDictionary

import reportlab
from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

FORMAT = 2
_dir: Path | None = None


def set_cache_dir(folder) -> None:
    """Where parsed fonts are kept (None: nowhere, every process parses its fonts)."""
    global _dir
    _dir = Path(folder) if folder else None


def cache_dir() -> Path | None:
    return _dir


def _key(path: str, index: int) -> tuple | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (FORMAT, reportlab.Version, os.path.abspath(path), index, st.st_size, st.st_mtime_ns)


def _file(path: str, index: int) -> Path | None:
    if _dir is None:
        return None
    digest = hashlib.sha1(f"{os.path.abspath(path)}#{index}".encode()).hexdigest()[:16]
    return _dir / f"{Path(path).stem[:24]}-{index}-{digest}.fontcache"


class _PlainUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if (module, name) == ("reportlab.pdfbase.ttfonts", "TTFNameBytes"):
            return TTFNameBytes
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a font cache")


def load_font(name: str, path: str, index: int) -> TTFont:
    """The font registered under `name`: from the cache when it holds this very file, else parsed (and kept)."""
    key = _key(path, index)
    target = _file(path, index)
    if key is not None and target is not None:
        font = _from_cache(name, path, key, target)
        if font is not None:
            return font
    font = TTFont(name, path, subfontIndex=index)
    if key is not None and target is not None:
        _store(font.face, key, target)
    return font


class _Pairs:
    """hmetrics as two arrays: reportlab only indexes it (hmetrics[glyph] -> (advance, left side bearing))."""

    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a, self.b = a, b

    def __getitem__(self, k):
        return self.a[k], self.b[k]

    def __len__(self):
        return len(self.a)


class _CachedFace(TTFontFace):
    """A face read back from the cache. Its big tables, and the font file's bytes, are made on first use:
    a font registered but never drawn with costs next to nothing. glyphToChar (only needed while parsing)
    is rebuilt if anyone asks."""

    def __getattr__(self, name):
        packed = self.__dict__.get("_packed")
        if name in _ARRAYS and packed is not None:
            value = _unpack(name, packed[name])
        elif name == "_ttf_data":
            with open(self.filename, "rb") as fh:       # for the subsets written into the PDF
                value = fh.read()
        elif name == "glyphToChar":
            value = {}
            for char, glyph in self.charToGlyph.items():
                value.setdefault(glyph, []).append(char)
        else:
            raise AttributeError(name)
        self.__dict__[name] = value
        return value


# the big tables travel as typed arrays: a dict from two arrays is made ten times faster than unpickled
_ARRAYS = {"charToGlyph": ("L", "L"), "charWidths": ("L", "d"), "hmetrics": ("d", "d"), "glyphPos": ("q", None)}


def _pack(name: str, value) -> tuple:
    first, second = _ARRAYS[name]
    if second is None:
        return (array(first, value).tobytes(),)
    pairs = value.items() if isinstance(value, dict) else value
    a, b = array(first), array(second)
    for x, y in pairs:
        a.append(x)
        b.append(y)
    return a.tobytes(), b.tobytes()


def _unpack(name: str, packed: tuple):
    first, second = _ARRAYS[name]
    a = array(first)
    a.frombytes(packed[0])
    if second is None:
        return a                                       # glyphPos: indexed only
    b = array(second)
    b.frombytes(packed[1])
    return _Pairs(a, b) if name == "hmetrics" else dict(zip(a, b))


def _from_cache(name: str, path: str, key: tuple, target: Path) -> TTFont | None:
    try:
        with open(target, "rb") as fh:
            stored_key, state, packed = _PlainUnpickler(io.BufferedReader(fh)).load()
        if tuple(stored_key) != key or set(packed) != set(_ARRAYS):
            return None
        face = _CachedFace.__new__(_CachedFace)
        face.__dict__.update(state)
        face.__dict__["_packed"] = packed
        face.__dict__["filename"] = path
        per = 1000 / face.unitsPerEm
        face._pdfScale = (lambda x: x) if face.unitsPerEm == 1000 else (lambda x: x * per)
        return _font_of(name, face)
    except Exception:                                  # missing, stale, damaged or foreign: parse again
        return None


def _font_of(name: str, face: TTFontFace) -> TTFont:
    """A TTFont around an already parsed face (what TTFont.__init__ does after parsing)."""
    probe = TTFont.__new__(TTFont)
    probe.fontName = name
    probe.face = face
    probe.encoding = TTEncoding()
    probe.state = WeakKeyDictionary()
    probe._asciiReadable = rl_config.ttfAsciiReadable
    from fnmatch import fnmatch

    from reportlab.pdfbase.ttfonts import unShapedFontGlob
    probe.shapable = not any(fnmatch(name, g) for g in unShapedFontGlob)
    return probe


def _store(face: TTFontFace, key: tuple, target: Path) -> None:
    skip = {"_ttf_data", "_pdfScale", "glyphToChar", *_ARRAYS}
    state = {k: v for k, v in face.__dict__.items() if k not in skip}
    try:
        packed = {k: _pack(k, face.__dict__[k]) for k in _ARRAYS}
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".font-", suffix=".tmp", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump((key, state, packed), fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, target)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
    except Exception:                                  # a read-only data folder: no cache, no harm
        pass


# -- the choice of fonts by role ----------------------------------------------------------------------------
CHOICE_FILE = "choice.json"


def _font_folders(env_dirs: str) -> list[str]:
    """Folders where installing a font should make us look again (their modification time changes)."""
    home = Path.home()
    folders = [d for d in env_dirs.split(os.pathsep) if d.strip()]
    if os.name == "nt":
        folders += [str(Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"),
                    str(Path(os.environ.get("LOCALAPPDATA", "")) / "Microsoft" / "Windows" / "Fonts")]
    else:
        folders += ["/usr/share/fonts", "/usr/local/share/fonts", str(home / ".fonts"), str(home / ".local/share/fonts")]
    return folders


def _stamp(paths) -> list:
    out = []
    for p in paths:
        try:
            st = os.stat(p)
            out.append([p, st.st_size, st.st_mtime_ns])
        except OSError:
            out.append([p, None, None])
    return out


def remembered_choice(request: list) -> dict | None:
    """The fonts chosen last time for this `request` (roles, the clerk's files, override folders), when no
    chosen file and no font folder has changed since: {"faces": {role: [path, index]}, "notes", "warning"}."""
    if _dir is None:
        return None
    try:
        import json

        data = json.loads((_dir / CHOICE_FILE).read_text(encoding="utf-8"))
        entry = data.get(json.dumps(request, ensure_ascii=False))
        if not entry or entry.get("format") != FORMAT:
            return None
        files = sorted({p for p, _i in entry["faces"].values()})
        if entry["files"] != _stamp(files) or entry["folders"] != _stamp(entry["folder_names"]):
            return None
        return entry
    except Exception:
        return None


def remember_choice(request: list, faces: dict[str, tuple[str, int]], notes: list[str], warning: str | None,
                    env_dirs: str) -> None:
    if _dir is None:
        return
    try:
        import json

        target = _dir / CHOICE_FILE
        try:
            data = json.loads(target.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        folders = _font_folders(env_dirs)
        data[json.dumps(request, ensure_ascii=False)] = {
            "format": FORMAT, "faces": {r: [p, i] for r, (p, i) in faces.items()}, "notes": notes, "warning": warning,
            "files": _stamp(sorted({p for p, _i in faces.values()})), "folder_names": folders, "folders": _stamp(folders)}
        _dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".choice-", suffix=".tmp", dir=_dir)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False)
        os.replace(tmp, target)
    except Exception:
        pass
