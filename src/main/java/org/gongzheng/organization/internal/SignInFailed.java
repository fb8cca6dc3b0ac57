package org.gongzheng.organization.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * A failed sign-in shows the form again with the account number still filled in, so only the
 * password is typed again. The number travels in the session's flash map, not in the address.
 */
class SignInFailed extends SimpleUrlAuthenticationFailureHandler {

	/** Longer than any police number; what is longer was not one and is not shown again. */
	private static final int LONGEST_ACCOUNT = 64;

	private final SessionFlashMapManager flash = new SessionFlashMapManager();

	SignInFailed() {
		super(SignInAgain.LOGIN + "?error");
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		String username = request.getParameter("username");
		if (username != null && !username.isBlank() && username.length() <= LONGEST_ACCOUNT) {
			FlashMap typed = new FlashMap();
			typed.put("username", username.strip());
			typed.setTargetRequestPath(SignInAgain.LOGIN);
			flash.saveOutputFlashMap(typed, request, response);
		}
		super.onAuthenticationFailure(request, response, exception);
	}
}
