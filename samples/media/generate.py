#!/usr/bin/env python3
"""Generates the placeholder media of the sample articles.

Usage, from anywhere:

    python3 samples/media/generate.py            # images, and the video if ffmpeg is installed
    python3 samples/media/generate.py --no-video # images only

Python 3 standard library only: the PNGs are written with zlib and struct, the
drawing is a few flat shapes and a 5x7 bitmap font. The output is deterministic,
so running the script again rewrites identical files.

The video (tour-test-pattern.webm) is made with ffmpeg's `testsrc2` source, by the
command in VIDEO_COMMAND below; without ffmpeg it is skipped with a note, and the
checked-in file stays as it is.

Every file is written next to this script.
"""

import math
import os
import shutil
import struct
import subprocess
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# Palette: muted, neutral colours.

PAPER = (238, 235, 228)
PAPER_DARK = (221, 216, 205)
INK = (38, 43, 51)
SLATE = (55, 66, 80)
SLATE_LIGHT = (92, 106, 124)
GREY = (150, 152, 150)
GREY_LIGHT = (196, 196, 192)
TEAL = (62, 124, 128)
OCHRE = (201, 152, 74)
RUST = (176, 94, 72)
SAGE = (132, 154, 122)
BLUE = (78, 110, 158)
PLUM = (118, 86, 120)

# ---------------------------------------------------------------------------
# A 5x7 bitmap font: capitals, digits and a little punctuation.

FONT_ROWS = {
    "A": ".###. #...# #...# ##### #...# #...# #...#",
    "B": "####. #...# #...# ####. #...# #...# ####.",
    "C": ".###. #...# #.... #.... #.... #...# .###.",
    "D": "####. #...# #...# #...# #...# #...# ####.",
    "E": "##### #.... #.... ####. #.... #.... #####",
    "F": "##### #.... #.... ####. #.... #.... #....",
    "G": ".###. #...# #.... #.### #...# #...# .####",
    "H": "#...# #...# #...# ##### #...# #...# #...#",
    "I": ".###. ..#.. ..#.. ..#.. ..#.. ..#.. .###.",
    "J": "..### ...#. ...#. ...#. ...#. #..#. .##..",
    "K": "#...# #..#. #.#.. ##... #.#.. #..#. #...#",
    "L": "#.... #.... #.... #.... #.... #.... #####",
    "M": "#...# ##.## #.#.# #.#.# #...# #...# #...#",
    "N": "#...# #...# ##..# #.#.# #..## #...# #...#",
    "O": ".###. #...# #...# #...# #...# #...# .###.",
    "P": "####. #...# #...# ####. #.... #.... #....",
    "Q": ".###. #...# #...# #...# #.#.# #..#. .##.#",
    "R": "####. #...# #...# ####. #.#.. #..#. #...#",
    "S": ".#### #.... #.... .###. ....# ....# ####.",
    "T": "##### ..#.. ..#.. ..#.. ..#.. ..#.. ..#..",
    "U": "#...# #...# #...# #...# #...# #...# .###.",
    "V": "#...# #...# #...# #...# #...# .#.#. ..#..",
    "W": "#...# #...# #...# #.#.# #.#.# #.#.# .#.#.",
    "X": "#...# #...# .#.#. ..#.. .#.#. #...# #...#",
    "Y": "#...# #...# .#.#. ..#.. ..#.. ..#.. ..#..",
    "Z": "##### ....# ...#. ..#.. .#... #.... #####",
    "0": ".###. #...# #..## #.#.# ##..# #...# .###.",
    "1": "..#.. .##.. ..#.. ..#.. ..#.. ..#.. .###.",
    "2": ".###. #...# ....# ...#. ..#.. .#... #####",
    "3": "##### ...#. ..#.. ...#. ....# #...# .###.",
    "4": "...#. ..##. .#.#. #..#. ##### ...#. ...#.",
    "5": "##### #.... ####. ....# ....# #...# .###.",
    "6": "..##. .#... #.... ####. #...# #...# .###.",
    "7": "##### ....# ...#. ..#.. .#... .#... .#...",
    "8": ".###. #...# #...# .###. #...# #...# .###.",
    "9": ".###. #...# #...# .#### ....# ...#. .##..",
    "\u00d7": "..... #...# .#.#. ..#.. .#.#. #...# .....",
    "-": "..... ..... ..... ##### ..... ..... .....",
    ".": "..... ..... ..... ..... ..... .##.. .##..",
    "/": "....# ....# ...#. ..#.. .#... #.... #....",
    " ": "..... ..... ..... ..... ..... ..... .....",
}
FONT = {char: rows.split() for char, rows in FONT_ROWS.items()}
GLYPH_ADVANCE = 6  # 5 columns and one of spacing


def text_width(text, scale):
    return (len(text) * GLYPH_ADVANCE - 1) * scale


# ---------------------------------------------------------------------------
# A canvas of RGB pixels with a few flat-shape operations.


def mix(a, b, t):
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b))


class Canvas:
    def __init__(self, width, height, color=PAPER):
        self.width = width
        self.height = height
        self.pixels = bytearray(bytes(color) * (width * height))

    def _span(self, y, x0, x1, color):
        x0, x1 = max(0, x0), min(self.width, x1)
        if 0 <= y < self.height and x0 < x1:
            start = (y * self.width + x0) * 3
            self.pixels[start:start + (x1 - x0) * 3] = bytes(color) * (x1 - x0)

    def blend(self, x, y, color, alpha):
        if 0 <= x < self.width and 0 <= y < self.height and alpha > 0:
            at = (y * self.width + x) * 3
            for channel in range(3):
                old = self.pixels[at + channel]
                self.pixels[at + channel] = round(old + (color[channel] - old) * min(alpha, 1.0))

    def vertical_gradient(self, top, bottom, y0=0, y1=None):
        y1 = self.height if y1 is None else y1
        for y in range(y0, y1):
            self._span(y, 0, self.width, mix(top, bottom, (y - y0) / max(1, y1 - y0 - 1)))

    def rect(self, x0, y0, x1, y1, color):
        for y in range(max(0, round(y0)), min(self.height, round(y1))):
            self._span(y, round(x0), round(x1), color)

    def frame(self, x0, y0, x1, y1, thickness, color):
        self.rect(x0, y0, x1, y0 + thickness, color)
        self.rect(x0, y1 - thickness, x1, y1, color)
        self.rect(x0, y0, x0 + thickness, y1, color)
        self.rect(x1 - thickness, y0, x1, y1, color)

    def circle(self, cx, cy, r, color, alpha=1.0, clip_bottom=None):
        """A disc with anti-aliased edges; `alpha` below 1 lets what is under it show."""
        bottom = self.height if clip_bottom is None else min(self.height, clip_bottom)
        for y in range(max(0, math.floor(cy - r - 1)), min(bottom, math.ceil(cy + r + 1))):
            dy = y + 0.5 - cy
            outer = (r + 0.5) ** 2 - dy * dy
            if outer <= 0:
                continue
            outer = math.sqrt(outer)
            inner = (r - 0.5) ** 2 - dy * dy
            inner = math.sqrt(inner) if inner > 0 else 0.0
            solid0, solid1 = math.ceil(cx - inner), math.floor(cx + inner)
            if alpha >= 1.0:
                self._span(y, solid0, solid1, color)
            else:
                for x in range(max(0, solid0), min(self.width, solid1)):
                    self.blend(x, y, color, alpha)
            edge_xs = list(range(math.floor(cx - outer), solid0)) + list(range(solid1, math.ceil(cx + outer)))
            for x in edge_xs:
                d = math.hypot(x + 0.5 - cx, dy)
                coverage = max(0.0, min(1.0, r - d + 0.5))
                self.blend(x, y, color, coverage * alpha)

    def ring(self, cx, cy, r, thickness, color, background):
        self.circle(cx, cy, r, color)
        self.circle(cx, cy, r - thickness, background)

    def polygon(self, points, color, samples=4):
        """A filled polygon, anti-aliased by sampling each pixel `samples`² times."""
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        edges = list(zip(points, points[1:] + points[:1]))

        def inside(px, py):
            crossings = 0
            for (ax, ay), (bx, by) in edges:
                if (ay > py) != (by > py) and px < ax + (py - ay) * (bx - ax) / (by - ay):
                    crossings += 1
            return crossings % 2 == 1

        step = 1.0 / samples
        offsets = [step * (i + 0.5) for i in range(samples)]
        for y in range(max(0, math.floor(min(ys))), min(self.height, math.ceil(max(ys)))):
            for x in range(max(0, math.floor(min(xs))), min(self.width, math.ceil(max(xs)))):
                hits = sum(inside(x + ox, y + oy) for ox in offsets for oy in offsets)
                if hits:
                    self.blend(x, y, color, hits / (samples * samples))

    def text(self, x, y, text, scale, color):
        for index, char in enumerate(text.upper()):
            glyph = FONT[char]
            for row, bits in enumerate(glyph):
                for column, bit in enumerate(bits):
                    if bit == "#":
                        gx = x + (index * GLYPH_ADVANCE + column) * scale
                        gy = y + row * scale
                        self.rect(gx, gy, gx + scale, gy + scale, color)

    def centred_text(self, cy, text, scale, color, cx=None):
        cx = self.width / 2 if cx is None else cx
        self.text(round(cx - text_width(text, scale) / 2), round(cy - 7 * scale / 2), text, scale, color)

    def png(self):
        return encode_png(self.width, self.height, self.pixels)


# ---------------------------------------------------------------------------
# PNG encoding: 8-bit RGB, each row filtered with None, Sub or Up (whichever
# looks smallest), then deflated.


def encode_png(width, height, pixels):
    stride = width * 3
    previous = bytes(stride)
    raw = bytearray()
    for y in range(height):
        row = bytes(pixels[y * stride:(y + 1) * stride])
        sub = bytes(row[:3]) + bytes((a - b) & 255 for a, b in zip(row[3:], row))
        up = bytes((a - b) & 255 for a, b in zip(row, previous))
        candidates = [(0, row), (1, sub), (2, up)]
        cost = lambda data: sum(v if v < 128 else 256 - v for v in data)
        kind, data = min(candidates, key=lambda candidate: cost(candidate[1]))
        raw.append(kind)
        raw += data
        previous = row

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(raw), 9))
        + chunk(b"IEND", b"")
    )


# ---------------------------------------------------------------------------
# The pictures. Drawings that come in several sizes are laid out on a base
# grid and multiplied by an integer scale, so every size shows the same design.


def idlib_lead():
    """The Idlib sample's lead: the original photograph is not available."""
    c = Canvas(1200, 675)
    c.vertical_gradient((204, 204, 200), (170, 172, 170))
    # A picture icon: a frame, a sun and two hills.
    x0, y0, x1, y1 = 520, 150, 680, 270
    c.rect(x0, y0, x1, y1, (186, 187, 184))
    c.circle(630, 190, 14, GREY_LIGHT)
    c.polygon([(x0 + 8, y1 - 8), (570, 205), (625, y1 - 8)], GREY)
    c.polygon([(590, y1 - 8), (635, 222), (x1 - 8, y1 - 8)], (135, 138, 136))
    c.frame(x0, y0, x1, y1, 8, (120, 123, 122))
    c.centred_text(345, "PLACEHOLDER", 8, (84, 88, 92))
    c.centred_text(420, "ORIGINAL PHOTOGRAPH NOT AVAILABLE", 3, (96, 100, 104))
    c.centred_text(470, "1200 \u00d7 675", 3, (120, 123, 126))
    return c


def tour_lead(scale):
    """The tour's lead, on a 480x270 grid: a title card with nested squares."""
    c = Canvas(480 * scale, 270 * scale)
    c.vertical_gradient(SLATE, (40, 48, 60))
    colors = [TEAL, OCHRE, RUST, SAGE, BLUE]
    cx, cy = 372 * scale, 135 * scale
    for index, half in enumerate([90, 72, 54, 36, 18]):
        c.rect(cx - half * scale, cy - half * scale, cx + half * scale, cy + half * scale, colors[index])
    c.rect(cx - 5 * scale, cy - 5 * scale, cx + 5 * scale, cy + 5 * scale, PAPER)
    c.text(32 * scale, 88 * scale, "A TOUR OF", 3 * scale, PAPER_DARK)
    c.text(32 * scale, 124 * scale, "FORMAT 1", 5 * scale, PAPER)
    c.rect(32 * scale, 172 * scale, 112 * scale, 176 * scale, OCHRE)
    c.text(32 * scale, 238 * scale, "PLACEHOLDER %d \u00d7 %d" % (c.width, c.height), scale, SLATE_LIGHT)
    return c


def tour_figure(scale):
    """A wireframe of an article, on a 480x360 grid, with its parts named."""
    c = Canvas(480 * scale, 360 * scale, PAPER)
    s = scale
    left, right = 40, 300
    c.rect(left * s, 24 * s, (left + 70) * s, 32 * s, RUST)  # kicker
    c.rect(left * s, 42 * s, right * s, 56 * s, INK)  # headline
    c.rect(left * s, 62 * s, (right - 80) * s, 76 * s, INK)
    c.rect(left * s, 88 * s, (right - 10) * s, 94 * s, SLATE_LIGHT)  # standfirst
    c.rect(left * s, 100 * s, (right - 60) * s, 106 * s, SLATE_LIGHT)
    c.circle((left + 8) * s, 126 * s, 8 * s, GREY)  # byline
    c.rect((left + 22) * s, 122 * s, (left + 110) * s, 130 * s, GREY)
    c.rect(left * s, 146 * s, right * s, 250 * s, SAGE)  # lead
    c.circle((right - 40) * s, 172 * s, 12 * s, PAPER_DARK)
    c.polygon([(left * s, 250 * s), (110 * s, 196 * s), (190 * s, 250 * s)], (104, 126, 96))
    for index, width in enumerate([260, 250, 258, 200, 256, 240, 120]):
        y = 266 + index * 12
        c.rect(left * s, y * s, (left + width) * s, (y + 5) * s, GREY_LIGHT if index % 2 else GREY)
    labels = [(28, "KICKER"), (59, "HEADLINE"), (97, "STANDFIRST"), (126, "BYLINE"), (198, "LEAD"), (300, "BODY")]
    for y, label in labels:
        c.rect((right + 16) * s, y * s, (right + 40) * s, (y + 1) * s, GREY)
        c.text((right + 48) * s, (y - 3) * s, label, s, INK)
    return c


BLOCK_TYPES = ["TEXT", "HEADING", "IMAGE", "GALLERY", "PULLQUOTE", "QUOTE", "RELATED", "ASIDE", "VIDEO", "DIVIDER"]


def tour_wide(scale):
    """Ten tiles on a 480x240 grid, one for each block type."""
    c = Canvas(480 * scale, 240 * scale, (230, 226, 217))
    colors = [SLATE, INK, SAGE, TEAL, RUST, PLUM, BLUE, OCHRE, SLATE_LIGHT, GREY]
    gap, columns = 12, 5
    tile_w = (480 - gap * (columns + 1)) / columns
    tile_h = (240 - gap * 3) / 2
    for index, name in enumerate(BLOCK_TYPES):
        row, column = divmod(index, columns)
        x = gap + column * (tile_w + gap)
        y = gap + row * (tile_h + gap)
        c.rect(round(x * scale), round(y * scale), round((x + tile_w) * scale), round((y + tile_h) * scale), colors[index])
        c.centred_text(round((y + tile_h / 2) * scale), name, scale, PAPER, cx=(x + tile_w / 2) * scale)
    return c


def tour_full(scale):
    """Layered bands on a 480x160 grid, for a full-width image."""
    w, h = 480 * scale, 160 * scale
    c = Canvas(w, h)
    c.vertical_gradient((214, 222, 228), (236, 235, 228))
    c.circle(360 * scale, 52 * scale, 18 * scale, (240, 214, 160))
    layers = [
        ((150, 168, 184), 92, 10, 0.011, 0.0),
        ((112, 134, 156), 108, 12, 0.017, 1.7),
        ((80, 100, 124), 124, 9, 0.023, 3.1),
        ((54, 68, 86), 140, 7, 0.031, 0.6),
    ]
    for color, base, amplitude, frequency, phase in layers:
        for x in range(w):
            u = x / scale
            top = (base + amplitude * math.sin(u * frequency * 2 + phase)
                   + amplitude * 0.4 * math.sin(u * frequency * 5 + phase * 2)) * scale
            y = math.floor(top)
            c.blend(x, y, color, 1 - (top - y))
            if y + 1 < h:
                for yy in range(y + 1, h):
                    at = (yy * w + x) * 3
                    c.pixels[at:at + 3] = bytes(color)
    return c


def tour_rule():
    """A decorative band of diamonds: the image with empty alternative text."""
    c = Canvas(960, 48, PAPER)
    colors = [TEAL, OCHRE, RUST, SAGE]
    for index in range(24):
        cx = 20 + index * 40
        c.polygon([(cx, 8), (cx + 16, 24), (cx, 40), (cx - 16, 24)], colors[index % 4])
    return c


def gallery_circles():
    c = Canvas(640, 480, PAPER)
    c.circle(250, 200, 130, TEAL, 0.85)
    c.circle(390, 200, 130, OCHRE, 0.75)
    c.circle(320, 310, 130, RUST, 0.7)
    return c


def gallery_stripes():
    c = Canvas(640, 480, PAPER)
    colors = [SLATE, TEAL, SAGE, OCHRE, RUST, PLUM, BLUE]
    x, index = 40, 0
    widths = [36, 18, 54, 24, 42, 12, 60, 30, 20, 48, 26, 40, 16, 52]
    while x < 600:
        width = min(widths[index % len(widths)], 600 - x)
        c.rect(x, 60, x + width, 420, colors[index % len(colors)])
        x += width + 8
        index += 1
    return c


def gallery_grid():
    c = Canvas(640, 480, (228, 224, 214))
    colors = [TEAL, OCHRE, RUST, SAGE, BLUE, PLUM, SLATE]
    for row in range(6):
        for column in range(8):
            x, y = 48 + column * 68, 36 + row * 70
            color = colors[(row * 3 + column * 2) % len(colors)]
            if (row + column) % 3 == 0:
                c.circle(x + 28, y + 28, 28, color)
            else:
                c.rect(x, y, x + 56, y + 56, color)
    return c


def gallery_arches():
    c = Canvas(640, 480, PAPER)
    colors = [PLUM, BLUE, TEAL, SAGE, OCHRE, RUST, PAPER]
    for index, radius in enumerate([300, 256, 212, 168, 124, 80, 36]):
        c.circle(320, 440, radius, colors[index], clip_bottom=440)
    c.rect(0, 440, 640, 444, INK)
    return c


def portrait(background, figure):
    c = Canvas(160, 160, background)
    c.circle(80, 64, 30, figure)
    c.circle(80, 168, 62, figure, clip_bottom=160)
    return c


def logo():
    """The sample publisher's mark: lines of text in a square."""
    c = Canvas(128, 128, INK)
    c.rect(24, 26, 104, 38, OCHRE)
    for index, width in enumerate([80, 72, 80, 52]):
        y = 52 + index * 14
        c.rect(24, y, 24 + width, y + 6, PAPER)
    return c


def video_poster():
    """The still shown before the test-pattern video plays."""
    c = Canvas(640, 360, (34, 38, 46))
    colors = [GREY_LIGHT, OCHRE, TEAL, SAGE, PLUM, RUST, BLUE]
    bar = 640 / len(colors)
    for index, color in enumerate(colors):
        c.rect(round(index * bar), 0, round((index + 1) * bar), 230, color)
    c.circle(320, 130, 52, (34, 38, 46), 0.85)
    c.polygon([(302, 100), (302, 160), (354, 130)], PAPER)
    c.centred_text(292, "VIDEO POSTER - TEST PATTERN", 2, PAPER_DARK)
    return c


IMAGES = {
    "idlib-lead.png": idlib_lead,
    "tour-lead-480.png": lambda: tour_lead(1),
    "tour-lead-960.png": lambda: tour_lead(2),
    "tour-lead-1440.png": lambda: tour_lead(3),
    "tour-figure-480.png": lambda: tour_figure(1),
    "tour-figure-960.png": lambda: tour_figure(2),
    "tour-wide-960.png": lambda: tour_wide(2),
    "tour-wide-1440.png": lambda: tour_wide(3),
    "tour-full-960.png": lambda: tour_full(2),
    "tour-full-1440.png": lambda: tour_full(3),
    "tour-rule.png": tour_rule,
    "gallery-circles.png": gallery_circles,
    "gallery-stripes.png": gallery_stripes,
    "gallery-grid.png": gallery_grid,
    "gallery-arches.png": gallery_arches,
    "portrait-team.png": lambda: portrait((200, 214, 210), TEAL),
    "portrait-example.png": lambda: portrait((226, 212, 190), RUST),
    "logo.png": logo,
    "video-poster.png": video_poster,
}

# ---------------------------------------------------------------------------
# The video: 4 seconds of ffmpeg's testsrc2 pattern, 640x360, VP9 in WebM, no
# sound, no metadata. Run by hand from samples/media/ it is:
#
#   ffmpeg -y -f lavfi -i testsrc2=size=640x360:rate=24:duration=4 \
#     -c:v libvpx-vp9 -b:v 0 -crf 50 -deadline good -cpu-used 2 -row-mt 1 \
#     -pix_fmt yuv420p -an -map_metadata -1 -fflags +bitexact -flags:v +bitexact \
#     tour-test-pattern.webm

VIDEO_NAME = "tour-test-pattern.webm"
VIDEO_COMMAND = [
    "ffmpeg", "-y", "-loglevel", "error",
    "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=24:duration=4",
    "-c:v", "libvpx-vp9", "-b:v", "0", "-crf", "50", "-deadline", "good", "-cpu-used", "2", "-row-mt", "1",
    "-pix_fmt", "yuv420p", "-an", "-map_metadata", "-1", "-fflags", "+bitexact", "-flags:v", "+bitexact",
    VIDEO_NAME,
]


def make_video():
    if shutil.which("ffmpeg") is None:
        print(f"{VIDEO_NAME}: skipped (ffmpeg is not installed; the checked-in file is kept)")
        return
    subprocess.run(VIDEO_COMMAND, cwd=HERE, check=True)
    print(f"{VIDEO_NAME}: {os.path.getsize(os.path.join(HERE, VIDEO_NAME))} bytes")


def main():
    for name, draw in IMAGES.items():
        canvas = draw()
        with open(os.path.join(HERE, name), "wb") as file:
            file.write(canvas.png())
        size = os.path.getsize(os.path.join(HERE, name))
        print(f"{name}: {canvas.width}x{canvas.height}, {size} bytes")
    if "--no-video" not in sys.argv[1:]:
        make_video()


if __name__ == "__main__":
    main()
