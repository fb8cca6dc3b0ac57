package org.gongzheng.traffic.internal;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Number-plate types (GA 36 codes) with the format each plate must have: a province
 * abbreviation, the issuing authority's letter and the serial. Letters I and O are never used.
 */
public enum PlateType {

	LARGE("01", "[A-HJ-NP-Z0-9]{5}"),
	SMALL("02", "[A-HJ-NP-Z0-9]{5}"),
	MOTORCYCLE("07", "[A-HJ-NP-Z0-9]{5}"),
	TRAILER("15", "[A-HJ-NP-Z0-9]{4}挂"),
	COACH("16", "[A-HJ-NP-Z0-9]{4}学"),
	LARGE_NEW_ENERGY("51", "[0-9]{5}[A-HJK]"),
	SMALL_NEW_ENERGY("52", "[A-HJK][A-HJ-NP-Z0-9][0-9]{4}");

	private static final String PROVINCES = "[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]";

	private final String code;

	private final Pattern pattern;

	PlateType(String code, String serial) {
		this.code = code;
		this.pattern = Pattern.compile(PROVINCES + "[A-HJ-NP-Z]" + serial);
	}

	public String code() {
		return code;
	}

	/** Upper case, without spaces or the separating dot. */
	public static String normalize(String plate) {
		// Full-width letters and digits, as a Chinese input method types them, are read as ASCII.
		return plate == null ? "" : Normalizer.normalize(plate, Normalizer.Form.NFKC).strip().replace(" ", "")
			.replace("·", "").replace("•", "").toUpperCase();
	}

	public boolean accepts(String normalizedPlate) {
		return pattern.matcher(normalizedPlate).matches();
	}
}
