package nl.keukentafel.model.intake;

/** Why a member was not (or only seen but not) spoken with; OTHER needs the reason in words. */
public enum NotSpokenReason { TOO_YOUNG, LIVES_ELSEWHERE, REFUSED, NOT_REACHED, OTHER }
