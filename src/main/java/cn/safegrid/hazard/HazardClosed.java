package cn.safegrid.hazard;

/**
 * A hazard was closed (销号), published by {@link HazardLedger} inside the closing transaction: for
 * those who keep figures of closed hazards (the dashboard's totals), which listen in the same
 * transaction, so that the closure and what they record of it commit or roll back together.
 */
public record HazardClosed(Long hazardId) {}
