package org.gongzheng.organization.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.gongzheng.organization.QualificationLevel;
import org.gongzheng.shared.identity.TypedNames;
import org.gongzheng.shared.identity.TypedNumbers;

/**
 * Creates or changes an officer, including the law-enforcement qualification. {@code active} and
 * {@code phone}: left out of a change, they stay as they are (a client that does not know a field
 * must not take an officer off duty or lose a number; an empty phone clears it); a new officer is
 * active.
 */
public record OfficerCommand(
		@NotBlank(message = "{validation.required}") @Pattern(regexp = "[0-9]{6,8}", message = "{officer.policeNumber.format}") String policeNumber,
		@NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.size.max}") String name,
		@NotNull(message = "{validation.required}") Long unitId,
		@Size(max = 60, message = "{validation.size.max}") String post,
		@Pattern(regexp = "|1[0-9]{10}|0[0-9]{2,3}-?[0-9]{7,8}", message = "{validation.phone}") String phone,
		QualificationLevel qualificationLevel,
		LocalDate qualificationValidFrom,
		LocalDate qualificationValidUntil,
		Boolean active) {

	/**
	 * The police number and the phone as typed: full-width or in groups ({@link TypedNumbers}); the
	 * name in one form ({@link TypedNames}).
	 */
	public OfficerCommand {
		policeNumber = TypedNumbers.code(policeNumber);
		name = TypedNames.person(name);
		phone = TypedNumbers.phone(phone);
	}
}
