package org.gongzheng.discretion.web;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.validation.BindingResult;

import org.gongzheng.discretion.LicenceAction;
import org.gongzheng.discretion.internal.ProposalCommand;
import org.gongzheng.shared.identity.TypedNumbers;

/** The form of an ordinary-procedure penalty proposal; the fine is typed in yuan. */
public class PenaltyForm {

	private Long partyId;

	private String violationCode;

	private Set<String> circumstances = new LinkedHashSet<>();

	private String facts;

	private boolean warning;

	private String fine;

	private Integer detentionDays;

	private LicenceAction licenceAction = LicenceAction.NONE;

	private Integer licenceMonths;

	private boolean vehicleSeizure;

	private String deviationReason;

	private String omissionReason;

	private boolean hearingNoticeGiven;

	ProposalCommand toCommand(BindingResult result) {
		BigDecimal amount = null;
		if (fine != null && !fine.isBlank()) {
			try {
				amount = new BigDecimal(TypedNumbers.yuan(fine));
			}
			catch (NumberFormatException ex) {
				result.rejectValue("fine", "penalty.fine.format");
			}
		}
		return new ProposalCommand(partyId, violationCode, circumstances, facts, warning, amount, detentionDays,
				licenceAction, licenceMonths, vehicleSeizure, deviationReason, omissionReason, hearingNoticeGiven);
	}

	public Long getPartyId() {
		return partyId;
	}

	public void setPartyId(Long partyId) {
		this.partyId = partyId;
	}

	public String getViolationCode() {
		return violationCode;
	}

	public void setViolationCode(String violationCode) {
		this.violationCode = violationCode;
	}

	public Set<String> getCircumstances() {
		return circumstances;
	}

	public void setCircumstances(Set<String> circumstances) {
		this.circumstances = circumstances == null ? new LinkedHashSet<>() : circumstances;
	}

	public String getFacts() {
		return facts;
	}

	public void setFacts(String facts) {
		this.facts = facts;
	}

	public boolean isWarning() {
		return warning;
	}

	public void setWarning(boolean warning) {
		this.warning = warning;
	}

	public String getFine() {
		return fine;
	}

	public void setFine(String fine) {
		this.fine = fine;
	}

	public Integer getDetentionDays() {
		return detentionDays;
	}

	public void setDetentionDays(Integer detentionDays) {
		this.detentionDays = detentionDays;
	}

	public LicenceAction getLicenceAction() {
		return licenceAction;
	}

	public void setLicenceAction(LicenceAction licenceAction) {
		this.licenceAction = licenceAction;
	}

	public Integer getLicenceMonths() {
		return licenceMonths;
	}

	public void setLicenceMonths(Integer licenceMonths) {
		this.licenceMonths = licenceMonths;
	}

	public boolean isVehicleSeizure() {
		return vehicleSeizure;
	}

	public void setVehicleSeizure(boolean vehicleSeizure) {
		this.vehicleSeizure = vehicleSeizure;
	}

	public String getDeviationReason() {
		return deviationReason;
	}

	public void setDeviationReason(String deviationReason) {
		this.deviationReason = deviationReason;
	}

	public String getOmissionReason() {
		return omissionReason;
	}

	public void setOmissionReason(String omissionReason) {
		this.omissionReason = omissionReason;
	}

	public boolean isHearingNoticeGiven() {
		return hearingNoticeGiven;
	}

	public void setHearingNoticeGiven(boolean hearingNoticeGiven) {
		this.hearingNoticeGiven = hearingNoticeGiven;
	}
}
