package org.gongzheng.shared.time;

import java.time.ZoneId;

/** The zone used to show times when the user's unit names none (Asia/Shanghai unless configured). */
public record DefaultZone(ZoneId zoneId) {
}
