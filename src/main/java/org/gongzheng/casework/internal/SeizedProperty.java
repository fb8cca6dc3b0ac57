package org.gongzheng.casework.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.gongzheng.shared.error.ConflictException;

/**
 * An item of seized property 涉案财物. It must reach the custody register (登记入库) and be
 * disposed of by its due date; supervision watches both.
 */
@Entity
@Table(name = "seized_property")
public class SeizedProperty {

	public enum Category {
		VEHICLE, CASH, DOCUMENT, ELECTRONICS, CONTRABAND, TOOL, OTHER
	}

	/** 扣押, 暂扣, 查封, 冻结 */
	public enum Kind {
		SEIZURE, TEMPORARY_SEIZURE, SEALING, FREEZING
	}

	/** 发还, 没收, 销毁, 移交 */
	public enum Disposal {
		RETURNED, CONFISCATED, DESTROYED, TRANSFERRED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id")
	private Long caseId;

	@Column(name = "owner_party_id")
	private Long ownerPartyId;

	private String description;

	@Enumerated(EnumType.STRING)
	private Category category;

	private int quantity;

	@Column(name = "unit_of_measure")
	private String unitOfMeasure;

	@Column(name = "estimated_value_fen")
	private Long estimatedValueFen;

	@Enumerated(EnumType.STRING)
	@Column(name = "seizure_kind")
	private Kind kind;

	@Column(name = "seized_at")
	private Instant seizedAt;

	@Column(name = "disposal_due")
	private LocalDate disposalDue;

	@Column(name = "storage_location")
	private String storageLocation;

	@Column(name = "register_number")
	private String registerNumber;

	@Column(name = "registered_at")
	private Instant registeredAt;

	@Column(name = "disposed_at")
	private Instant disposedAt;

	@Enumerated(EnumType.STRING)
	private Disposal disposal;

	@Column(name = "disposal_note")
	private String disposalNote;

	@Column(name = "created_by")
	private Long createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private Long version;

	protected SeizedProperty() {
	}

	SeizedProperty(long caseId, SeizedPropertyCommand command, Instant seizedAt, LocalDate disposalDue, long createdBy,
			Instant now) {
		this.caseId = caseId;
		this.ownerPartyId = command.ownerPartyId();
		this.description = command.description().strip();
		this.category = command.category();
		this.quantity = command.quantity();
		this.unitOfMeasure = command.unitOfMeasure().strip();
		this.estimatedValueFen = command.estimatedValueFen();
		this.kind = command.kind();
		this.seizedAt = seizedAt;
		this.disposalDue = disposalDue;
		this.storageLocation = CaseWork.blankToNull(command.storageLocation());
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	void register(String number, Instant at) {
		if (registerNumber != null) {
			throw new ConflictException("property.alreadyRegistered", registerNumber);
		}
		this.registerNumber = number;
		this.registeredAt = at;
	}

	void dispose(Disposal disposal, Instant at, String note) {
		if (disposedAt != null) {
			throw new ConflictException("property.alreadyDisposed");
		}
		this.disposal = disposal;
		this.disposedAt = at;
		this.disposalNote = note;
	}

	public boolean overdueOn(LocalDate day) {
		return disposedAt == null && day.isAfter(disposalDue);
	}

	public Long getId() {
		return id;
	}

	public Long getCaseId() {
		return caseId;
	}

	public Long getOwnerPartyId() {
		return ownerPartyId;
	}

	public String getDescription() {
		return description;
	}

	public Category getCategory() {
		return category;
	}

	public int getQuantity() {
		return quantity;
	}

	public String getUnitOfMeasure() {
		return unitOfMeasure;
	}

	public Long getEstimatedValueFen() {
		return estimatedValueFen;
	}

	public Kind getKind() {
		return kind;
	}

	public Instant getSeizedAt() {
		return seizedAt;
	}

	public LocalDate getDisposalDue() {
		return disposalDue;
	}

	public String getStorageLocation() {
		return storageLocation;
	}

	public String getRegisterNumber() {
		return registerNumber;
	}

	public Instant getRegisteredAt() {
		return registeredAt;
	}

	public Instant getDisposedAt() {
		return disposedAt;
	}

	public Disposal getDisposal() {
		return disposal;
	}

	public String getDisposalNote() {
		return disposalNote;
	}

	public Long getVersion() {
		return version;
	}
}
