package org.gongzheng.traffic.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

import org.gongzheng.shared.identity.TypedNumbers;
import org.gongzheng.traffic.internal.OnSiteCommand;
import org.gongzheng.traffic.internal.PlateType;

/** The phone form of an on-site decision; amounts are typed as text and checked when converted. */
public class OnSiteForm {

	private String driverName;

	private String licenceNumber;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate licenceFirstIssuedOn;

	private String plateNumber;

	private PlateType plateType = PlateType.SMALL;

	private String violationCode;

	private String place;

	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime occurredAt;

	private String bodycamClip;

	private Set<String> circumstances = new LinkedHashSet<>();

	private boolean warning;

	private String fine;

	private Integer points;

	private boolean vehicleSeizure;

	private String deviationReason;

	private String omissionReason;

	OnSiteCommand toCommand(ZoneId zone, BindingResult result) {
		BigDecimal amount = null;
		if (fine != null && !fine.isBlank()) {
			try {
				amount = new BigDecimal(TypedNumbers.yuan(fine));
			}
			catch (NumberFormatException ex) {
				result.rejectValue("fine", "penalty.fine.format");
			}
		}
		return new OnSiteCommand(driverName, licenceNumber, licenceFirstIssuedOn, plateNumber, plateType, violationCode,
				place, occurredAt == null ? null : occurredAt.atZone(zone).toInstant(), bodycamClip, circumstances,
				warning, amount, points, vehicleSeizure, deviationReason, omissionReason);
	}

	public String getDriverName() {
		return driverName;
	}

	public void setDriverName(String driverName) {
		this.driverName = driverName;
	}

	public String getLicenceNumber() {
		return licenceNumber;
	}

	public void setLicenceNumber(String licenceNumber) {
		this.licenceNumber = licenceNumber;
	}

	public LocalDate getLicenceFirstIssuedOn() {
		return licenceFirstIssuedOn;
	}

	public void setLicenceFirstIssuedOn(LocalDate licenceFirstIssuedOn) {
		this.licenceFirstIssuedOn = licenceFirstIssuedOn;
	}

	public String getPlateNumber() {
		return plateNumber;
	}

	public void setPlateNumber(String plateNumber) {
		this.plateNumber = plateNumber;
	}

	public PlateType getPlateType() {
		return plateType;
	}

	public void setPlateType(PlateType plateType) {
		this.plateType = plateType;
	}

	public String getViolationCode() {
		return violationCode;
	}

	public void setViolationCode(String violationCode) {
		this.violationCode = violationCode;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public LocalDateTime getOccurredAt() {
		return occurredAt;
	}

	public void setOccurredAt(LocalDateTime occurredAt) {
		this.occurredAt = occurredAt;
	}

	public String getBodycamClip() {
		return bodycamClip;
	}

	public void setBodycamClip(String bodycamClip) {
		this.bodycamClip = bodycamClip;
	}

	public Set<String> getCircumstances() {
		return circumstances;
	}

	public void setCircumstances(Set<String> circumstances) {
		this.circumstances = circumstances == null ? new LinkedHashSet<>() : circumstances;
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

	public Integer getPoints() {
		return points;
	}

	public void setPoints(Integer points) {
		this.points = points;
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
}
