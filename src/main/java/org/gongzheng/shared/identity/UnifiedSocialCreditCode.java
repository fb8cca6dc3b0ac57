package org.gongzheng.shared.identity;

import java.util.Optional;

/**
 * The 18-character unified social credit code of GB 32100-2015: registration authority, entity
 * type, 6-digit administrative division, 9-character organization code and a check character,
 * drawn from the 31-character alphabet without I, O, Z, S and V.
 */
public record UnifiedSocialCreditCode(String value) {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	public UnifiedSocialCreditCode {
		if (!isValid(value)) {
			throw new IllegalArgumentException("Not a valid GB 32100 unified social credit code");
		}
		value = value.toUpperCase();
	}

	public static Optional<UnifiedSocialCreditCode> parse(String candidate) {
		return isValid(candidate) ? Optional.of(new UnifiedSocialCreditCode(candidate)) : Optional.empty();
	}

	public static boolean isValid(String candidate) {
		if (candidate == null || candidate.length() != 18) {
			return false;
		}
		String upper = candidate.toUpperCase();
		for (int i = 0; i < 18; i++) {
			if (ALPHABET.indexOf(upper.charAt(i)) < 0) {
				return false;
			}
		}
		return checkCharacterFor(upper.substring(0, 17)) == upper.charAt(17);
	}

	/** The check character a 17-character body needs. */
	public static char checkCharacterFor(String firstSeventeen) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(firstSeventeen.charAt(i)) * WEIGHTS[i];
		}
		return ALPHABET.charAt((31 - sum % 31) % 31);
	}

	@Override
	public String toString() {
		return value;
	}
}
