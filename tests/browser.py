"""Launching Chromium for tests and benchmarks: Debian's when present, else Playwright's."""

from __future__ import annotations

import os
import shutil

# Full Chromium (Debian's; Playwright's own headless shell has no browser UI) renders its
# address bar's suggestion popup in a renderer of its own for every window, so for every
# new page: traced, 0.5 s of CPU per page on 2 cores, while that page starts Python.
# Puppeteer disables the two features by default. Chromium keeps only the last
# --disable-features switch, so this one repeats Playwright's own list first (1.65's,
# less its Windows- and Edge-only entries).
PLAYWRIGHT_DISABLED_FEATURES = (
    "AimEnabled,AvoidCorsURLLoaderRestartOnRedirect,AvoidUnnecessaryBeforeUnloadCheckSync,"
    "DestroyProfileOnBrowserClose,HttpsFirstBalancedModeAutoEnable,HttpsUpgrades,LensOverlay,"
    "MediaRouter,NetworkTimeServiceQuerying,OptimizationHints,PaintHolding,PreconnectToSearch,"
    "ThirdPartyStoragePartitioning"
)
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    f"--disable-features={PLAYWRIGHT_DISABLED_FEATURES},WebUIOmniboxPopup,WebUIOmniboxAimPopup",
]


def chromium_executable() -> str | None:
    """TRAINER_CHROMIUM, else a system Chromium, else None (Playwright's own download)."""
    for candidate in (
        os.environ.get("TRAINER_CHROMIUM"),
        shutil.which("chromium"),
        shutil.which("chromium-browser"),
    ):
        if candidate:
            return candidate
    return None


def launch(playwright):
    return playwright.chromium.launch(executable_path=chromium_executable(), args=CHROMIUM_ARGS)
