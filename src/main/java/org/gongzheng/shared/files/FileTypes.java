package org.gongzheng.shared.files;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Recognizes the file types an upload may be (a case's materials, a rectification's evidence) from
 * their first bytes. The browser's declared type is not trusted on its own: a file is accepted only
 * if its content is one of these types and agrees with what was declared, and it is then kept and
 * served under the type its content shows. Shared so that every module that takes uploads refuses
 * the same files (an executable, a page that would run script when opened) the same way.
 */
public final class FileTypes {

	public static final Set<String> ACCEPTED = Set.of("application/pdf", "image/jpeg", "image/png", "video/mp4", "audio/mpeg",
			"audio/wav");

	/** How many leading bytes {@link #detect} needs to see. */
	public static final int HEADER_BYTES = 16;

	private FileTypes() {
	}

	/** The accepted type the first {@code length} bytes of {@code header} show, if any. */
	public static Optional<String> detect(byte[] header, int length) {
		byte[] h = Arrays.copyOf(header, Math.max(length, 0));
		if (startsWith(h, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			return Optional.of("application/pdf");
		}
		if (startsWith(h, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return Optional.of("image/jpeg");
		}
		if (startsWith(h, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A })) {
			return Optional.of("image/png");
		}
		if (h.length >= 12 && h[4] == 'f' && h[5] == 't' && h[6] == 'y' && h[7] == 'p') {
			return Optional.of("video/mp4");
		}
		if (startsWith(h, "ID3".getBytes(StandardCharsets.US_ASCII))
				|| (h.length >= 2 && (h[0] & 0xFF) == 0xFF && (h[1] & 0xE0) == 0xE0)) {
			return Optional.of("audio/mpeg");
		}
		if (h.length >= 12 && startsWith(h, "RIFF".getBytes(StandardCharsets.US_ASCII)) && h[8] == 'W' && h[9] == 'A'
				&& h[10] == 'V' && h[11] == 'E') {
			return Optional.of("audio/wav");
		}
		return Optional.empty();
	}

	/** Whether a declared type agrees with the detected one; an unspecific declaration agrees with anything. */
	public static boolean agrees(String declared, String detected) {
		if (declared == null || declared.isBlank() || declared.startsWith("application/octet-stream")) {
			return true;
		}
		String normalized = declared.toLowerCase().split(";")[0].strip();
		return normalized.equals(detected) || (detected.equals("image/jpeg") && normalized.equals("image/jpg"))
				|| (detected.equals("audio/wav") && (normalized.equals("audio/x-wav") || normalized.equals("audio/wave")))
				|| (detected.equals("audio/mpeg") && normalized.equals("audio/mp3"));
	}

	private static boolean startsWith(byte[] data, byte[] prefix) {
		if (data.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (data[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
