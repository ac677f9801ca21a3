"""Chinese fonts by role (仿宋, 黑体, 宋体, 楷体, 小标宋), taken from the PC and embedded as subsets.

Where a role is looked for, in order:
  1. `role_files[role]` (a path, or (path, subfont index)), from the settings;
  2. fonts in the folders of the environment variable KYDESK_FONT_DIR (os.pathsep separated);
  3. the PC's fonts: Windows' Fonts folders (known file names, then family names), fontconfig on Linux
     (`fc-list :lang=zh`), or a scan of the usual font folders when fc-list is missing;
  4. the TrueType fonts shipped in the bundle (resources/fonts/).
A role without a font of its own borrows the nearest role's font (仿宋 → 宋体 → 楷体 …); CFF/PostScript
outline fonts (Noto CJK, Source Han) are skipped because reportlab cannot embed them. With no usable font
at all, reportlab's built-in STSong-Light (not embedded) is used and `FontSet.warning` says what to install.
"""
from __future__ import annotations

import functools
import hashlib
import os
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont

from kydesk.printing import fontcache
from kydesk.printing.fontcache import load_font
from kydesk.printing.layout import resources_dir
from kydesk.printing.sfnt import FONT_SUFFIXES, FontFace, read_face, read_faces

ROLES = ("fangsong", "heiti", "songti", "kaiti", "xiaobiaosong")
ROLE_LABELS = {"fangsong": "仿宋", "heiti": "黑体", "songti": "宋体", "kaiti": "楷体", "xiaobiaosong": "小标宋"}
ROLE_FILES = {"fangsong": "simfang.ttf", "heiti": "simhei.ttf", "songti": "simsun.ttc", "kaiti": "simkai.ttf",
              "xiaobiaosong": "FZXBSJW.TTF"}
FALLBACK_FONT = "STSong-Light"

# Preferred file names (Windows and common installs), best first.
FILE_NAMES = {
    "fangsong": ["simfang.ttf", "fangsong_gb2312.ttf", "仿宋_gb2312.ttf", "fzfsjw.ttf", "fzfsk.ttf",
                 "stfangso.ttf"],
    "heiti": ["simhei.ttf", "fzhtjw.ttf", "fzhtk.ttf", "msyh.ttc", "msyh.ttf"],
    "songti": ["simsun.ttc", "simsun.ttf", "fzssjw.ttf", "stsong.ttf"],
    "kaiti": ["simkai.ttf", "kaiti_gb2312.ttf", "楷体_gb2312.ttf", "fzktjw.ttf", "stkaiti.ttf"],
    "xiaobiaosong": ["fzxbsjw.ttf", "fzxbsk.ttf", "方正小标宋简体.ttf", "fzxbsjw--gb1-0.ttf"],
}
# Preferred family names, best first; "x" also matches "x cn", "x tw" … (the CN variant is listed first).
FAMILIES = {
    "fangsong": ["fangsong", "仿宋", "fangsong_gb2312", "仿宋_gb2312", "fzfangsong-z02s", "方正仿宋简体",
                 "fzfangsong-z02", "stfangsong", "华文仿宋", "fandolfang"],
    "heiti": ["simhei", "黑体", "fzheiti-b01s", "方正黑体简体", "fzhei-b01", "microsoft yahei", "微软雅黑",
              "stheiti", "华文黑体", "wenquanyi micro hei", "wenquanyi zen hei", "droid sans fallback"],
    "songti": ["simsun", "宋体", "fzshusong-z01s", "方正书宋简体", "fzshusong-z01", "stsong", "华文宋体",
               "fandolsong", "ar pl uming cn", "ar pl uming", "ar pl sungtil gb"],
    "kaiti": ["kaiti", "楷体", "kaiti_gb2312", "楷体_gb2312", "simkai", "fzkai-z03s", "方正楷体简体",
              "fzkai-z03", "stkaiti", "华文楷体", "lxgw wenkai", "霞鹜文楷", "fandolkai", "ar pl ukai cn",
              "ar pl ukai", "ar pl kaitim gb"],
    "xiaobiaosong": ["fzxiaobiaosong-b05s", "方正小标宋简体", "fzxiaobiaosong-b05", "方正小标宋",
                     "方正小标宋_gbk", "fzxbsjw"],
}
# A role without a font of its own borrows one of these roles' fonts, in order.
BORROW = {
    "fangsong": ["songti", "kaiti", "heiti"],
    "songti": ["fangsong", "kaiti", "heiti"],
    "kaiti": ["fangsong", "songti", "heiti"],
    "heiti": ["songti", "fangsong", "kaiti"],
    "xiaobiaosong": ["heiti", "songti", "fangsong", "kaiti"],
}
_lock = threading.RLock()
MIN_SCAN_SIZE = 1_000_000          # a Chinese font is megabytes; skip small Latin fonts when scanning a folder


@dataclass(frozen=True)
class FontSet:
    names: dict[str, str]                  # role -> font name registered with reportlab
    files: dict[str, str]                  # role -> font file, or 'STSong-Light'
    warning: str | None = None             # Chinese, names the font to install; None when all is well
    notes: tuple[str, ...] = field(default=())   # Chinese: which role borrowed which font
    indexes: dict[str, int] = field(default_factory=dict)   # role -> subfont index inside a .ttc

    def name(self, role: str) -> str:
        return self.names[role]

    @property
    def fallback(self) -> bool:
        return FALLBACK_FONT in self.files.values()


_preferred: dict = {}


def set_preferred(role_files: dict | None) -> None:
    """The font files the clerk chose in 设置 (role -> path); used whenever a caller names none."""
    with _lock:
        _preferred.clear()
        _preferred.update({k: v for k, v in (role_files or {}).items() if v})


def resolve_fonts(roles=ROLES, *, role_files: dict | None = None, search_system: bool = True) -> FontSet:
    """The fonts for `roles`, registered with reportlab. Cached: call it freely."""
    env = os.environ.get("KYDESK_FONT_DIR", "")
    chosen = role_files if role_files is not None else dict(_preferred)
    files = tuple(sorted((k, _norm_file_spec(v)) for k, v in (chosen or {}).items() if v))
    with _lock:                                      # print jobs may start on several worker threads
        return _resolve(tuple(roles), files, env, search_system)


def _norm_file_spec(spec) -> tuple[str, int]:
    if isinstance(spec, (tuple, list)):
        return str(spec[0]), int(spec[1])
    return str(spec), 0


@functools.lru_cache(maxsize=16)
def _resolve(roles: tuple[str, ...], role_files: tuple, env_dirs: str, search_system: bool) -> FontSet:
    request = [list(roles), [list(x) for x in role_files], env_dirs, search_system, str(resources_dir() / "fonts")]
    remembered = _remembered(roles, request)
    if remembered is not None:
        return remembered
    fontset = _look_for(roles, role_files, env_dirs, search_system)
    faces = {r: (p, fontset.indexes[r]) for r, p in fontset.files.items() if p != FALLBACK_FONT}
    if len(faces) == len(roles):
        fontcache.remember_choice(request, faces, list(fontset.notes), fontset.warning, env_dirs)
    return fontset


def _remembered(roles: tuple[str, ...], request: list) -> FontSet | None:
    """Last time's choice, when its files and the font folders are unchanged: no looking, no name tables."""
    entry = fontcache.remembered_choice(request)
    if entry is None or set(entry["faces"]) != set(roles):
        return None
    names, files, indexes = {}, {}, {}
    registered = set(pdfmetrics.getRegisteredFontNames())
    try:
        for role in roles:
            path, index = entry["faces"][role]
            name = _font_name(FontFace(path, index, frozenset(), True))
            if name not in registered:
                pdfmetrics.registerFont(load_font(name, path, index))
                registered.add(name)
            names[role], files[role], indexes[role] = name, path, index
    except Exception:                                # unreadable now: look again
        return None
    return FontSet(names, files, entry.get("warning"), tuple(entry.get("notes") or ()), indexes)


def _look_for(roles: tuple[str, ...], role_files: tuple, env_dirs: str, search_system: bool) -> FontSet:
    finder = _Finder(dict(role_files), env_dirs, search_system)
    chosen: dict[str, FontFace] = {}
    for role in roles:
        face = finder.own(role)
        if face:
            chosen[role] = face
    notes: list[str] = []
    for role in roles:
        if role in chosen:
            continue
        for other in BORROW.get(role, []):
            face = chosen.get(other) or finder.own(other)
            if face:
                chosen[role] = face
                notes.append(f"未找到{ROLE_LABELS.get(role, role)}字体，以{ROLE_LABELS.get(other, other)}"
                             f"（{Path(face.path).name}）代替")
                break
        else:
            face = finder.any_font()
            if face:
                chosen[role] = face
                notes.append(f"未找到{ROLE_LABELS.get(role, role)}字体，以 {Path(face.path).name} 代替")
    names: dict[str, str] = {}
    paths: dict[str, str] = {}
    warning = None
    for role in roles:
        face = chosen.get(role)
        if face is None:
            names[role], paths[role] = _register_fallback(), FALLBACK_FONT
            warning = ("未找到可嵌入的中文 TrueType 字体，已使用内置宋体（STSong-Light），打印效果可能与预期不同。"
                       "请安装仿宋（simfang.ttf）、黑体（simhei.ttf）、宋体（simsun.ttc）、楷体（simkai.ttf）"
                       "等字体后重试。")
        else:
            names[role], paths[role] = finder.registered[(face.path, face.index)], face.path
    indexes = {role: chosen[role].index for role in roles if chosen.get(role) is not None}
    return FontSet(names, paths, warning, tuple(notes), indexes)


def _register_fallback() -> str:
    if FALLBACK_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK_FONT))
    return FALLBACK_FONT


def _font_name(face: FontFace) -> str:
    digest = hashlib.sha1(f"{face.path}#{face.index}".encode()).hexdigest()[:10]
    return f"KY-{Path(face.path).stem[:20]}-{face.index}-{digest}".replace(" ", "_")


class _Finder:
    """Candidate fonts in priority order, and the registration (once) of the chosen ones."""

    registered: dict[tuple[str, int], str]

    def __init__(self, role_files: dict[str, tuple[str, int]], env_dirs: str, search_system: bool):
        self.role_files = role_files
        self.env_dirs = [d for d in env_dirs.split(os.pathsep) if d.strip()]
        self.search_system = search_system
        self.registered = {}
        self.failed: set[tuple[str, int]] = set()
        self._groups: list[list[FontFace]] | None = None
        self._own: dict[str, FontFace | None] = {}

    # -- candidates -------------------------------------------------------------------------------
    def groups(self) -> list[list[FontFace]]:
        """Candidate faces by source, highest priority first: override folders, the PC, the bundle."""
        if self._groups is None:
            found = [[f for d in self.env_dirs for f in _scan_dir(Path(d), min_size=0)]]
            if self.search_system:
                found.append(_system_faces())
            found.append(_scan_dir(resources_dir() / "fonts", min_size=0))
            seen: set[tuple[str, int]] = set()
            self._groups = []
            for group in found:
                kept = []
                for face in group:
                    key = (os.path.normcase(os.path.abspath(face.path)), face.index)
                    if key not in seen:
                        seen.add(key)
                        kept.append(face)
                self._groups.append(kept)
        return self._groups

    def own(self, role: str) -> FontFace | None:
        """The font of the role itself (no borrowing), or None."""
        if role not in self._own:
            self._own[role] = self._find_own(role)
        return self._own[role]

    def _find_own(self, role: str) -> FontFace | None:
        if role in self.role_files:
            path, index = self.role_files[role]
            face = read_face(path, index)
            if face and self.usable(face):
                return face
        for cands in self.groups():
            for face in cands:                       # a file named after the role (override folders)
                if Path(face.path).stem.lower() == role and self.usable(face):
                    return face
            for name in FILE_NAMES.get(role, []):
                for face in cands:
                    if face.stem == name and face.index == 0 and self.usable(face):
                        return face
            for fam in FAMILIES.get(role, []):
                for face in cands:
                    if any(f == fam or f.startswith(fam + " ") for f in face.families) and self.usable(face):
                        return face
        return None

    def any_font(self) -> FontFace | None:
        for cands in self.groups():
            for face in cands:
                if self.usable(face):
                    return face
        return None

    # -- registration -----------------------------------------------------------------------------
    def usable(self, face: FontFace) -> bool:
        key = (face.path, face.index)
        if key in self.registered:
            return True
        if key in self.failed or not face.truetype:
            return False
        name = _font_name(face)
        try:
            if name not in pdfmetrics.getRegisteredFontNames():
                font = load_font(name, face.path, face.index)   # parsed once, remembered across processes
                cmap = font.face.charToGlyph
                if not all(ord(c) in cmap for c in "中国，。"):
                    raise ValueError("not a Chinese font")
                pdfmetrics.registerFont(font)
        except Exception:                            # TTFError, postscript outlines, unreadable, not Chinese
            self.failed.add(key)
            return False
        self.registered[key] = name
        return True


def _scan_dir(folder: Path, *, min_size: int, recursive: bool = False) -> list[FontFace]:
    faces: list[FontFace] = []
    try:
        if not folder.is_dir():
            return faces
        files = sorted(folder.rglob("*") if recursive else folder.iterdir())
    except OSError:
        return faces
    for path in files:
        if path.suffix.lower() not in FONT_SUFFIXES:
            continue
        try:
            if not path.is_file() or path.stat().st_size < min_size:
                continue
            faces += read_faces(path)
        except (OSError, ValueError, Exception):
            continue
    return faces


def _system_faces() -> list[FontFace]:
    if sys.platform.startswith("win"):
        faces: list[FontFace] = []
        windir = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
        local = Path(os.environ.get("LOCALAPPDATA", "")) / "Microsoft" / "Windows" / "Fonts"
        for folder in (windir, local):
            faces += _known_files(folder)
        for folder in (windir, local):
            faces += _scan_dir(folder, min_size=MIN_SCAN_SIZE)
        return faces
    faces = _fontconfig_faces()
    if faces is None:                                # no fc-list: look in the usual folders
        faces = []
        home = Path.home()
        for folder in (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), home / ".fonts",
                       home / ".local/share/fonts", Path("/System/Library/Fonts"), Path("/Library/Fonts")):
            faces += _scan_dir(folder, min_size=MIN_SCAN_SIZE, recursive=True)
    return faces


def _known_files(folder: Path) -> list[FontFace]:
    faces = []
    for names in FILE_NAMES.values():
        for name in names:
            for candidate in (folder / name, folder / name.upper()):
                face = read_face(candidate, 0) if candidate.is_file() else None
                if face:
                    faces.append(face)
                    break
    return faces


def _fontconfig_faces() -> list[FontFace] | None:
    exe = shutil.which("fc-list")
    if not exe:
        return None
    try:
        out = subprocess.run([exe, ":lang=zh", "--format", "%{file}\t%{index}\n"], capture_output=True,
                             timeout=20, check=False).stdout.decode("utf-8", "replace")
    except (OSError, subprocess.SubprocessError):
        return None
    faces: list[FontFace] = []
    for line in sorted(set(out.splitlines())):
        path, _, index = line.partition("\t")
        try:
            face = read_face(path, int(index or 0))
        except ValueError:
            face = None
        if face:
            faces.append(face)
    return faces
