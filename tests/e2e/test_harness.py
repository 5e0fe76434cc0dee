"""The test browser itself: whatever else it runs, every timing in the suite pays for."""

from __future__ import annotations

import base64
import json
import re


def test_browser_disables_the_address_bar_popup_and_keeps_playwrights_features(browser):
    # chrome://version shows the features the command line switched off, as base64 JSON
    page = browser.new_page()
    try:
        page.goto("chrome://version")
        encoded = re.search(r"eyJ[A-Za-z0-9+/=]+", page.content()).group(0)
    finally:
        page.close()
    variations = json.loads(base64.b64decode(encoded + "=" * (-len(encoded) % 4)))
    disabled = set(variations["disable-features"].split(","))
    assert {"WebUIOmniboxPopup", "WebUIOmniboxAimPopup"} <= disabled
    # Playwright's own, which a second --disable-features switch would have replaced
    assert {"HttpsUpgrades", "PaintHolding", "ThirdPartyStoragePartitioning"} <= disabled
