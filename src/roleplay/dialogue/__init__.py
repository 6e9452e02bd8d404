"""The scenario model, the conversation engine on transitions, and recording a call."""
