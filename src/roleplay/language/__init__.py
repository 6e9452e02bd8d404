"""Reading a line: normalisation, segmentation and the detectors; intent matching."""
