package org.gongzheng.discretion.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.gongzheng.discretion.Grade;
import org.gongzheng.discretion.GradeRange;
import org.gongzheng.discretion.LicenceAction;
import org.gongzheng.discretion.LocalizedText;

/** What one grade of a standard version allows. */
@Entity
@Table(name = "discretion_grades")
public class StandardGrade {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "standard_id")
	private DiscretionStandard standard;

	@Enumerated(EnumType.STRING)
	private Grade grade;

	@Column(name = "warning_allowed")
	private boolean warningAllowed;

	@Column(name = "fine_min_fen")
	private Long fineMinFen;

	@Column(name = "fine_max_fen")
	private Long fineMaxFen;

	@Column(name = "fine_required")
	private boolean fineRequired;

	@Column(name = "detention_min_days")
	private Integer detentionMinDays;

	@Column(name = "detention_max_days")
	private Integer detentionMaxDays;

	@Column(name = "detention_required")
	private boolean detentionRequired;

	@Enumerated(EnumType.STRING)
	@Column(name = "licence_action")
	private LicenceAction licenceAction;

	@Column(name = "licence_months_min")
	private Integer licenceMonthsMin;

	@Column(name = "licence_months_max")
	private Integer licenceMonthsMax;

	@Column(name = "licence_required")
	private boolean licenceRequired;

	@Column(name = "vehicle_seizure")
	private boolean vehicleSeizure;

	@Column(name = "note_zh")
	private String noteZh;

	@Column(name = "note_en")
	private String noteEn;

	protected StandardGrade() {
	}

	StandardGrade(GradeRange range) {
		this.grade = range.grade();
		this.warningAllowed = range.warningAllowed();
		this.fineMinFen = range.fineMinFen();
		this.fineMaxFen = range.fineMaxFen();
		this.fineRequired = range.fineRequired();
		this.detentionMinDays = range.detentionMinDays();
		this.detentionMaxDays = range.detentionMaxDays();
		this.detentionRequired = range.detentionRequired();
		this.licenceAction = range.licenceAction();
		this.licenceMonthsMin = range.licenceMonthsMin();
		this.licenceMonthsMax = range.licenceMonthsMax();
		this.licenceRequired = range.licenceRequired();
		this.vehicleSeizure = range.vehicleSeizure();
		this.noteZh = range.note() == null ? null : range.note().zh();
		this.noteEn = range.note() == null ? null : range.note().en();
	}

	void attachTo(DiscretionStandard standard) {
		this.standard = standard;
	}

	/** The range, with the points the violation carries (none when no penalty is imposed). */
	public GradeRange range(int violationPoints) {
		return new GradeRange(grade, warningAllowed, fineMinFen, fineMaxFen, fineRequired, detentionMinDays,
				detentionMaxDays, detentionRequired, licenceAction, licenceMonthsMin, licenceMonthsMax, licenceRequired,
				vehicleSeizure, grade == Grade.NO_PENALTY ? 0 : violationPoints,
				noteZh == null ? null : LocalizedText.of(noteZh, noteEn));
	}

	public Long getId() {
		return id;
	}

	public Grade getGrade() {
		return grade;
	}
}
