package nl.keukentafel.model;

/** Whether a member lives in the household or elsewhere (e.g. a parent after divorce). */
public enum Residence { IN_HOUSEHOLD, ELSEWHERE }
