package org.gongzheng.organization;

import java.io.Serializable;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The access token an API call was signed in with, kept as the call's authentication details: a
 * call made with a token may not make another, and what it does is traced to the token as well as
 * to the officer, so that after a token leaks the log tells its calls from the officer's own.
 *
 * @param tokenId the token's id, as its owner's token list shows it
 * @param prefix how the token begins, the part its owner can recognise
 */
public record ApiTokenUse(long tokenId, String prefix) implements Serializable {

	/** The token the current call was signed in with; empty for a password or a page session. */
	public static Optional<ApiTokenUse> current() {
		return of(SecurityContextHolder.getContext().getAuthentication());
	}

	public static Optional<ApiTokenUse> of(Authentication authentication) {
		return authentication != null && authentication.getDetails() instanceof ApiTokenUse use ? Optional.of(use)
				: Optional.empty();
	}

	@Override
	public String toString() {
		return "access token " + tokenId + " (" + prefix + "…)";
	}
}
