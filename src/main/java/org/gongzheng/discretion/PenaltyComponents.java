package org.gongzheng.discretion;

/**
 * The penalty a decision imposes. Money is exact, in fen; a null fine or detention means none.
 *
 * @param points penalty points to record (traffic); 0 for none
 * @param licenceMonths months of suspension when {@code licenceAction} is SUSPEND
 * @param vehicleSeizure whether the vehicle is seized (扣留机动车), a measure some codes require
 */
public record PenaltyComponents(boolean warning, Long fineFen, Integer detentionDays, int points,
		LicenceAction licenceAction, Integer licenceMonths, boolean vehicleSeizure) {

	public PenaltyComponents {
		licenceAction = licenceAction == null ? LicenceAction.NONE : licenceAction;
		fineFen = fineFen != null && fineFen == 0 ? null : fineFen;
		detentionDays = detentionDays != null && detentionDays == 0 ? null : detentionDays;
	}

	public static PenaltyComponents fine(long fen, int points) {
		return new PenaltyComponents(false, fen, null, points, LicenceAction.NONE, null, false);
	}

	/** Whether anything is imposed at all (points and seizure alone are no penalty). */
	public boolean imposesPenalty() {
		return warning || fineFen != null || detentionDays != null || licenceAction != LicenceAction.NONE;
	}
}
