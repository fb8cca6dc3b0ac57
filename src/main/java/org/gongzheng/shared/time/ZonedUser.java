package org.gongzheng.shared.time;

import java.time.ZoneId;

/** Implemented by the signed-in principal so times can be shown in the zone of the user's unit. */
public interface ZonedUser {

	ZoneId zone();
}
