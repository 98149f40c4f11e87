package nl.keukentafel.model.genogram;

/** How a child is the child of one parent: solid, dashed (adopted), dotted (foster) or step line. */
public enum ParentLinkKind { BIRTH, ADOPTIVE, FOSTER, STEP }
