package org.gongzheng.organization;

import java.time.LocalDate;

/**
 * Which days are working days: Monday to Friday, except the holidays administrators list, plus the
 * weekend days they list as adjusted working days (调休), as the State Council's annual notice on
 * holiday arrangements sets them.
 */
public interface WorkingCalendar {

	/** The date that is {@code days} working days after {@code start}; {@code start} itself is not counted. */
	LocalDate afterWorkingDays(LocalDate start, int days);
}
