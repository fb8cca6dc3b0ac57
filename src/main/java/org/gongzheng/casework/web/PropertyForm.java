package org.gongzheng.casework.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.format.annotation.DateTimeFormat;

import org.gongzheng.casework.internal.SeizedProperty;
import org.gongzheng.casework.internal.SeizedPropertyCommand;

/** The seizure form; the value is entered in yuan and kept in fen. */
public class PropertyForm {

	private String description;

	private SeizedProperty.Category category = SeizedProperty.Category.OTHER;

	private Integer quantity = 1;

	private String unitOfMeasure = "件";

	private BigDecimal estimatedValueYuan;

	private SeizedProperty.Kind kind = SeizedProperty.Kind.SEIZURE;

	private Long ownerPartyId;

	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime seizedAt;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate disposalDue;

	private String storageLocation;

	/** The form field that shows a problem the command reports on {@code commandField}. */
	static String field(String commandField) {
		return "estimatedValueFen".equals(commandField) ? "estimatedValueYuan" : commandField;
	}

	SeizedPropertyCommand toCommand(ZoneId zone) {
		Long fen = estimatedValueYuan == null ? null
				: estimatedValueYuan.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
		return new SeizedPropertyCommand(description, category, quantity, unitOfMeasure, fen, kind, ownerPartyId,
				seizedAt == null ? null : seizedAt.atZone(zone).toInstant(), disposalDue, storageLocation);
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public SeizedProperty.Category getCategory() {
		return category;
	}

	public void setCategory(SeizedProperty.Category category) {
		this.category = category;
	}

	public Integer getQuantity() {
		return quantity;
	}

	public void setQuantity(Integer quantity) {
		this.quantity = quantity;
	}

	public String getUnitOfMeasure() {
		return unitOfMeasure;
	}

	public void setUnitOfMeasure(String unitOfMeasure) {
		this.unitOfMeasure = unitOfMeasure;
	}

	public BigDecimal getEstimatedValueYuan() {
		return estimatedValueYuan;
	}

	public void setEstimatedValueYuan(BigDecimal estimatedValueYuan) {
		this.estimatedValueYuan = estimatedValueYuan;
	}

	public SeizedProperty.Kind getKind() {
		return kind;
	}

	public void setKind(SeizedProperty.Kind kind) {
		this.kind = kind;
	}

	public Long getOwnerPartyId() {
		return ownerPartyId;
	}

	public void setOwnerPartyId(Long ownerPartyId) {
		this.ownerPartyId = ownerPartyId;
	}

	public LocalDateTime getSeizedAt() {
		return seizedAt;
	}

	public void setSeizedAt(LocalDateTime seizedAt) {
		this.seizedAt = seizedAt;
	}

	public LocalDate getDisposalDue() {
		return disposalDue;
	}

	public void setDisposalDue(LocalDate disposalDue) {
		this.disposalDue = disposalDue;
	}

	public String getStorageLocation() {
		return storageLocation;
	}

	public void setStorageLocation(String storageLocation) {
		this.storageLocation = storageLocation;
	}
}
