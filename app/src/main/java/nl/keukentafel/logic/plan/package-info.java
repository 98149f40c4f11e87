/**
 * The werkplan's use cases and rules (ADR 0005): reading and editing the plan, agreeing frozen versions, comparing
 * versions, evaluations, escalation and closure. Shared by the screens and the command line. No JavaFX.
 */
package nl.keukentafel.logic.plan;
