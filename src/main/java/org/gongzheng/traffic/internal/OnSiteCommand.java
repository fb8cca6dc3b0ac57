package org.gongzheng.traffic.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.gongzheng.shared.identity.TypedNames;

/**
 * An on-site decision as the officer enters it. The fine is in yuan (at most two decimals); the
 * points are those of the violation code unless left out for a lawful reason.
 *
 * @param licenceNumber the driving licence number (the holder's resident identity number)
 * @param licenceFirstIssuedOn when the licence was first issued, if known: it starts the scoring cycles
 * @param bodycamClip the body-worn camera clip that recorded the stop, e.g. DSJ-1234/20261122-0815
 */
public record OnSiteCommand(
		@NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.size.max}") String driverName,
		@NotBlank(message = "{validation.required}") String licenceNumber,
		LocalDate licenceFirstIssuedOn,
		@NotBlank(message = "{validation.required}") String plateNumber,
		@NotNull(message = "{validation.required}") PlateType plateType,
		@NotBlank(message = "{validation.required}") @Size(max = 20, message = "{validation.size.max}") String violationCode,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}") String place,
		@NotNull(message = "{validation.required}") Instant occurredAt,
		@NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.size.max}") String bodycamClip,
		Set<String> circumstances,
		boolean warning,
		@DecimalMin(value = "0.01", message = "{validation.positive}") @Digits(integer = 7, fraction = 2, message = "{penalty.fine.format}") BigDecimal fine,
		@NotNull(message = "{validation.required}") @Min(value = 0, message = "{validation.notNegative}") @Max(value = 12, message = "{validation.max}") Integer points,
		boolean vehicleSeizure,
		@Size(max = 2000, message = "{validation.size.max}") String deviationReason,
		@Size(max = 2000, message = "{validation.size.max}") String omissionReason) {

	/** The driver's name in one form ({@link TypedNames}), so the decisions on a person can be found by it. */
	public OnSiteCommand {
		driverName = TypedNames.person(driverName);
	}

	Long fineFen() {
		return fine == null ? null : fine.movePointRight(2).longValueExact();
	}
}
