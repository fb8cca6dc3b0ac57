package org.gongzheng.organization.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.gongzheng.organization.CalendarDay;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.organization.internal.CalendarDayCommand;
import org.gongzheng.organization.internal.CalendarDays;

/** The working calendar over HTTP: anyone signed in reads it, administrators change it. */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Working calendar", description = "Statutory holidays and adjusted working days")
class CalendarApiController {

	private final CalendarDays calendar;

	CalendarApiController(CalendarDays calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/days")
	@Operation(summary = "The days a year's calendar lists (weekends not listed are rest days, weekdays working days)")
	List<CalendarDay> days(@RequestParam int year) {
		return calendar.year(year);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/days")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "List a holiday, or a weekend day worked in exchange (409 when the day is already listed)")
	ResponseEntity<CalendarDay> add(@Valid @RequestBody CalendarDayCommand command,
			@AuthenticationPrincipal SignedInOfficer admin) {
		CalendarDay day = calendar.add(command, admin);
		return ResponseEntity.created(URI.create("/api/v1/calendar/days/" + day.day())).body(day);
	}

	@DeleteMapping("/days/{day}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Remove a listed day")
	ResponseEntity<Void> remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@AuthenticationPrincipal SignedInOfficer admin) {
		calendar.remove(day, admin);
		return ResponseEntity.noContent().build();
	}
}
