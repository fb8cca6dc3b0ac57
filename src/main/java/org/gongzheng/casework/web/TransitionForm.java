package org.gongzheng.casework.web;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.format.annotation.DateTimeFormat;

import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.DecisionKind;
import org.gongzheng.casework.internal.TransitionCommand;

/** The form for one transition; it carries the case version the user saw. */
public class TransitionForm {

	private Long version;

	private String reason;

	private Long handlerId;

	private Long coHandlerId;

	/** Handler and co-handler typed by police number or name, where the user's scope is too large to list. */
	private String handler;

	private String coHandler;

	private DecisionKind decisionKind;

	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime effectiveAt;

	TransitionCommand toCommand(CaseTransition transition, ZoneId zone) {
		return new TransitionCommand(transition, version, reason, handlerId, coHandlerId, decisionKind,
				effectiveAt == null ? null : effectiveAt.atZone(zone).toInstant());
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public Long getHandlerId() {
		return handlerId;
	}

	public void setHandlerId(Long handlerId) {
		this.handlerId = handlerId;
	}

	public Long getCoHandlerId() {
		return coHandlerId;
	}

	public void setCoHandlerId(Long coHandlerId) {
		this.coHandlerId = coHandlerId;
	}

	public String getHandler() {
		return handler;
	}

	public void setHandler(String handler) {
		this.handler = handler;
	}

	public String getCoHandler() {
		return coHandler;
	}

	public void setCoHandler(String coHandler) {
		this.coHandler = coHandler;
	}

	public DecisionKind getDecisionKind() {
		return decisionKind;
	}

	public void setDecisionKind(DecisionKind decisionKind) {
		this.decisionKind = decisionKind;
	}

	public LocalDateTime getEffectiveAt() {
		return effectiveAt;
	}

	public void setEffectiveAt(LocalDateTime effectiveAt) {
		this.effectiveAt = effectiveAt;
	}
}
