package org.gongzheng.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a text in UTF-8, as lowercase hex: the content hash every module records. */
public final class Sha256 {

	private Sha256() {
	}

	public static String hex(String text) {
		return hex(newDigest().digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	/** A fresh SHA-256 digest, for hashing in parts. */
	public static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			// Every Java platform must provide SHA-256.
			throw new IllegalStateException(ex);
		}
	}

	/** Lowercase hex of a finished digest. */
	public static String hex(byte[] digest) {
		return HexFormat.of().formatHex(digest);
	}
}
