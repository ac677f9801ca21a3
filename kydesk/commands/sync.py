"""kydesk sync identity|trust|export|import."""


def register(sub, common, add):
    return None
