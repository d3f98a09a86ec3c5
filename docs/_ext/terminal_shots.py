"""Screenshots of the command line for docs/cli.md (docs/_static/scorecard-*.png).

Not part of the build: a maintainer runs it after the scorecard screen changes, from the
repository's root, with tmux, Chromium, a CJK font (``apt-get install tmux chromium
fonts-noto-cjk``) and playwright installed: ``python docs/_ext/terminal_shots.py
docs/_static``. Each screen runs in a tmux pane of its width, is captured with its bold
and dim escapes, laid out as HTML in a monospace CJK font and screenshotted.
"""

import html
import re
import subprocess
import sys
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[2]


def capture(width, args, env=""):
    name = f"shot{width}"
    subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True)
    subprocess.run(
        ["tmux", "new-session", "-d", "-s", name, "-x", str(width), "-y", "300", "bash --norc"],
        check=True,
    )
    command = f"cd {ROOT} && clear && {env}COLUMNS={width} {sys.executable} -m miit2014 {args}"
    subprocess.run(
        ["tmux", "send-keys", "-t", name, f"{command}; echo __END__", "Enter"], check=True
    )
    time.sleep(3)
    out = subprocess.run(
        ["tmux", "capture-pane", "-t", name, "-p", "-e", "-S", "0"], capture_output=True, text=True
    ).stdout
    subprocess.run(["tmux", "kill-session", "-t", name])
    lines = out.split("\n")
    end = next(i for i, line in enumerate(lines) if "__END__" in line and "echo" not in line)
    return lines[:end]


def to_html(lines):
    """SGR bold (1) and dim (2) as spans; the state carries from line to line, as on a terminal."""
    out, state = [], set()
    for line in lines:
        buf = f'<span class="{" ".join(sorted(state))}">' if state else ""
        for p in re.split(r"(\x1b\[[0-9;]*m)", line):
            if p.startswith("\x1b["):
                for code in p[2:-1].split(";") or ["0"]:
                    if code in ("", "0", "22"):
                        state.clear()
                    elif code == "1":
                        state.add("b")
                    elif code == "2":
                        state.add("d")
                if buf.count("<span") > buf.count("</span>"):
                    buf += "</span>"
                if state:
                    buf += f'<span class="{" ".join(sorted(state))}">'
            else:
                buf += html.escape(p)
        if buf.count("<span") > buf.count("</span>"):
            buf += "</span>"
        out.append(buf)
    return "\n".join(out)


def page(lines, width, command):
    body = f'<span class="p">$ {html.escape(command)}</span>\n' + to_html(lines)
    return f"""<!doctype html><meta charset="utf-8"><style>
body{{margin:0;background:#1e1e1e}}
pre{{margin:0;padding:14px 16px;display:inline-block;color:#e6e6e6;background:#1e1e1e;
font:15px/1.35 'Noto Sans Mono CJK SC','Noto Sans Mono',monospace;width:{width}ch}}
.b{{font-weight:bold;color:#fff}} .d{{color:#9a9a9a}} .p{{color:#7fd17f}}
</style><pre>{body}</pre>"""


def shoot(html_text, png):
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        pg = b.new_page(device_scale_factor=1)
        pg.set_content(html_text)
        pg.locator("pre").screenshot(path=png)
        b.close()


if __name__ == "__main__":
    outdir = Path(sys.argv[1])
    for width, args, env, name in [
        (40, "scorecard", "", "scorecard-40"),
        (80, "scorecard", "", "scorecard-80"),
        (80, "scorecard --lang zh", "", "scorecard-80-zh"),
    ]:
        lines = capture(width, args, env)
        shoot(page(lines, width, f"COLUMNS={width} miit2014 {args}"), str(outdir / f"{name}.png"))
        print(name, len(lines))
