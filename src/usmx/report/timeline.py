"""Which policy events each indicator's chart shows.

Each chart shows the events of the one category that could plausibly move its series:
drawing all seventy-odd events (terms of office, summits, tariffs, programmes) on every chart
would bury the few that matter. The full timeline has its own page, and each indicator page
lists the events it draws, so nothing is shown only on hover.
"""

from __future__ import annotations

EVENT_CATEGORIES: dict[str, tuple[str, ...]] = {
    "us_overdose_deaths": ("security",),
    "us_opioid_overdose_deaths": ("security",),
    "us_synthetic_opioid_deaths": ("security",),
    "sw_border_encounters": ("migration",),
    "sw_border_encounters_mexican": ("migration",),
    "usbp_sw_apprehensions": ("migration",),
    "cbp_fentanyl_seizures": ("security",),
    "mx_remittances": ("migration",),
    "mx_remittance_outflows": ("migration",),
    "mx_homicides": ("security",),
    "mx_feminicides": ("security",),
    "mx_homicides_inegi": ("security",),
    "mx_fdi": ("trade",),
    "mx_fdi_se": ("trade",),
    "mx_share_latam_fdi": ("trade",),
    "us_mx_trade": ("trade",),
    "us_exports_to_mx": ("trade",),
    "us_imports_from_mx": ("trade",),
    "us_mx_trade_balance": ("trade",),
    "mx_share_us_goods_trade": ("trade",),
    "mx_rank_us_trading_partner": ("trade",),
    "cartel_territory_share": ("security",),
}
