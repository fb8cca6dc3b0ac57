package org.gongzheng.casework.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.gongzheng.shared.VisibleText;
import org.gongzheng.shared.identity.TypedNames;
import org.gongzheng.shared.identity.TypedNumbers;

/**
 * Adds a person or an organization to a case. Identity numbers are checked by the service; numbers
 * are first read as typed ({@link TypedNumbers}), full-width or in groups; names in one form
 * ({@link TypedNames}) so a search finds them.
 */
public record PartyCommand(
		@NotNull(message = "{validation.required}") PartyKind kind,
		@NotNull(message = "{validation.required}") PartyRole role,
		@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.size.max}") String name,
		@Size(max = 18, message = "{validation.size.max}") String idNumber,
		@Pattern(regexp = "|MALE|FEMALE", message = "{validation.choice}") String gender,
		LocalDate birthDate,
		@Pattern(regexp = "|1[0-9]{10}|0[0-9]{2,3}-?[0-9]{7,8}", message = "{validation.phone}") String phone,
		@Size(max = 200, message = "{validation.size.max}") String address,
		@Size(max = 18, message = "{validation.size.max}") String creditCode,
		@Size(max = 50, message = "{validation.size.max}") String legalRepresentative) {

	public PartyCommand {
		idNumber = TypedNumbers.code(idNumber);
		creditCode = TypedNumbers.code(creditCode);
		phone = TypedNumbers.phone(phone);
		// An organization's name keeps its spaces and dots as registered, but not what draws nothing.
		name = kind == PartyKind.ORGANIZATION ? VisibleText.withoutFormatCharacters(name) : TypedNames.person(name);
		legalRepresentative = TypedNames.person(legalRepresentative);
	}
}
