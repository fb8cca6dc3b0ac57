package org.gongzheng.shared.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The 18-character citizen identity number of GB 11643-1999: six digits of address code, eight of
 * birth date, three of sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check
 * character.
 */
public record ResidentIdentityNumber(String value) {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final char[] CHECK_CHARACTERS = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

	public ResidentIdentityNumber {
		if (!isValid(value)) {
			throw new IllegalArgumentException("Not a valid GB 11643 identity number");
		}
		value = value.toUpperCase();
	}

	public static Optional<ResidentIdentityNumber> parse(String candidate) {
		return isValid(candidate) ? Optional.of(new ResidentIdentityNumber(candidate)) : Optional.empty();
	}

	public static boolean isValid(String candidate) {
		if (candidate == null || candidate.length() != 18) {
			return false;
		}
		String upper = candidate.toUpperCase();
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			char c = upper.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
			sum += (c - '0') * WEIGHTS[i];
		}
		if (CHECK_CHARACTERS[sum % 11] != upper.charAt(17)) {
			return false;
		}
		return birthDateOf(upper).isPresent();
	}

	/** The check character a 17-digit body needs; used to build valid numbers for demo data. */
	public static char checkCharacterFor(String firstSeventeenDigits) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (firstSeventeenDigits.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK_CHARACTERS[sum % 11];
	}

	public LocalDate birthDate() {
		return birthDateOf(value).orElseThrow();
	}

	/** Odd sequence digit means male. */
	public boolean male() {
		return (value.charAt(16) - '0') % 2 == 1;
	}

	public String masked() {
		return Masking.mask(value, 6, 4);
	}

	private static Optional<LocalDate> birthDateOf(String number) {
		try {
			LocalDate date = LocalDate.of(Integer.parseInt(number.substring(6, 10)),
					Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14)));
			return date.getYear() >= 1900 && !date.isAfter(LocalDate.now()) ? Optional.of(date) : Optional.empty();
		}
		catch (DateTimeException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return masked();
	}
}
