package org.gongzheng.approval.web;

import org.springframework.stereotype.Component;

import org.gongzheng.approval.internal.CountersignRelease;
import org.gongzheng.shared.web.Messages;

/**
 * Why a countersigner was released, in the reader's language: the same words on the request page
 * ({@code ${@releaseText.reason(x)}}), the case's and the officer's records, their exports and the
 * API's {@code reasonMessage}.
 */
@Component("releaseText")
class ReleaseText {

	private final Messages messages;

	ReleaseText(Messages messages) {
		this.messages = messages;
	}

	public String reason(CountersignRelease release) {
		return messages.of(release.reason());
	}
}
