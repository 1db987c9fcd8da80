package dev.dovetail.appflow.wire;

/** How often a scheduled flow may run. */
public enum TriggerFrequency {
    BYMINUTE, HOURLY, DAILY, WEEKLY, MONTHLY, ONCE
}
