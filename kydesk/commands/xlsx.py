"""kydesk xlsx import|export."""


def register(sub, common, add):
    return None
