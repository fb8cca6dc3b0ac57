package org.gongzheng.document.internal;

import org.springframework.http.HttpStatus;

import org.gongzheng.shared.error.DomainException;

/** No font with Chinese glyphs could be found, so no PDF can be made; the message says what to install. */
public class FontUnavailableException extends DomainException {

	public FontUnavailableException(String searched) {
		super("document.font.missing", searched);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.SERVICE_UNAVAILABLE;
	}

	@Override
	public String getMessage() {
		return "No font with Chinese glyphs was found (searched: " + arguments()[0]
				+ "). Install one, e.g. on Debian/Ubuntu: apt-get install fonts-noto-cjk, or set gongzheng.documents.font "
				+ "to a .ttf, .otf or .ttc file with Chinese glyphs.";
	}
}
