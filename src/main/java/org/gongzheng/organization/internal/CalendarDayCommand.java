package org.gongzheng.organization.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.gongzheng.organization.CalendarDay;

/** Lists a day in the working calendar. */
public record CalendarDayCommand(
		@NotNull(message = "{validation.required}") LocalDate day,
		@NotNull(message = "{validation.required}") CalendarDay.Kind kind,
		@NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.size.max}") String nameZh,
		@NotBlank(message = "{validation.required}") @Size(max = 60, message = "{validation.size.max}") String nameEn,
		@Size(max = 300, message = "{validation.size.max}") String citation,
		@Size(max = 300, message = "{validation.size.max}") String citationEn) {
}
